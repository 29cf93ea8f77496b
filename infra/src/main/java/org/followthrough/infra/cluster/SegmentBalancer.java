package org.followthrough.infra.cluster;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Shares each event processor's segments out among the live nodes. Axon lets any node claim any unclaimed segment
 * (and take over one whose owner stopped renewing its claim), but never gives one back by itself: the node that starts
 * first would keep them all. So every few seconds each node says it is alive ({@code app_node}) and, if it holds more
 * than its share of a processor's segments (segments ÷ live nodes, rounded up), releases one for a while, which another
 * node then claims. A node that dies stops renewing its claims; the others take its segments over after Axon's claim
 * timeout, and the shares are worked out again without it.
 */
@Component
public class SegmentBalancer {

    /** A node not seen for this long is taken for dead. */
    static final Duration ALIVE_WITHIN = Duration.ofSeconds(15);
    /** How long a released segment is left for other nodes before this one may claim it again. */
    static final Duration RELEASE_FOR = Duration.ofSeconds(20);

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    /** One node as the others see it. */
    public record Node(String id, Instant startedAt, Instant lastSeen, boolean alive, boolean self) {
    }

    /** Who works a segment of a processor ({@code owner} is empty while nobody has claimed it). */
    public record Segment(String processor, int segment, String owner, boolean ownedHere) {
    }

    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;
    private final Clock clock;
    private final String nodeId = ManagementFactory.getRuntimeMXBean().getName();
    private final Instant startedAt;

    public SegmentBalancer(JdbcClient jdbc, EventProcessingConfiguration processing, Clock clock) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /** The name this node claims segments under: Axon's default token owner, {@code pid@host}. */
    public String nodeId() {
        return nodeId;
    }

    @Scheduled(initialDelay = 2000, fixedDelay = 5000)
    void balance() {
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO app_node (node_id, started_at, last_seen) VALUES (?, ?, ?) "
                        + "ON CONFLICT (node_id) DO UPDATE SET last_seen = excluded.last_seen")
                .params(nodeId, Timestamp.from(startedAt), Timestamp.from(now))
                .update();
        jdbc.sql("DELETE FROM app_node WHERE last_seen < ?").param(Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        long live = jdbc.sql("SELECT count(*) FROM app_node WHERE last_seen > ?")
                .param(Timestamp.from(now.minus(ALIVE_WITHIN))).query(Long.class).single();
        for (StreamingEventProcessor processor : streamingProcessors()) {
            long segments = jdbc.sql("SELECT count(*) FROM tokenentry WHERE processorname = ?")
                    .param(processor.getName()).query(Long.class).single();
            long share = (segments + Math.max(1, live) - 1) / Math.max(1, live);
            List<Integer> mine = processor.processingStatus().keySet().stream().sorted(Comparator.reverseOrder()).toList();
            if (mine.size() > share && processor.isRunning()) {
                int released = mine.getFirst();
                log.info("Node {} holds {} of {}'s {} segments with {} nodes alive; releasing segment {} for {} s",
                        nodeId, mine.size(), processor.getName(), segments, live, released, RELEASE_FOR.toSeconds());
                processor.releaseSegment(released, RELEASE_FOR.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    public List<Node> nodes() {
        Instant now = clock.instant();
        return jdbc.sql("SELECT node_id, started_at, last_seen FROM app_node ORDER BY started_at, node_id")
                .query((row, number) -> {
                    Instant lastSeen = row.getTimestamp("last_seen").toInstant();
                    String id = row.getString("node_id");
                    return new Node(id, row.getTimestamp("started_at").toInstant(), lastSeen,
                            lastSeen.isAfter(now.minus(ALIVE_WITHIN)), id.equals(nodeId));
                })
                .list();
    }

    public List<Segment> segments() {
        return jdbc.sql("SELECT processorname, segment, owner FROM tokenentry ORDER BY processorname, segment")
                .query((row, number) -> {
                    String owner = row.getString("owner");
                    return new Segment(row.getString("processorname"), row.getInt("segment"), owner == null ? "" : owner,
                            nodeId.equals(owner));
                })
                .list();
    }

    private List<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }
}
