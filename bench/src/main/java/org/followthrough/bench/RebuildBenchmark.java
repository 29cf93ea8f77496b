package org.followthrough.bench;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.AccountService;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.accounts.SignUp;
import org.followthrough.application.rebuild.ProjectionRebuilds;
import org.followthrough.application.rebuild.RebuildStatus;
import org.followthrough.infra.testing.HistoryGenerator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rebuilds every projection from a generated event store (by default 1,000,000 events of 100 candidates, written
 * with the rebuild tests' {@link HistoryGenerator}) and prints how many events per second the rebuild replays. The
 * app's own Axon, projections and settings run in a database of their own, dropped at the end; the processors are
 * paused while the events are written, so the rebuild is the only thing reading them.
 */
@SpringBootApplication(scanBasePackages = {"org.followthrough.application", "org.followthrough.analytics",
        "org.followthrough.infra.axon", "org.followthrough.infra.calendar", "org.followthrough.infra.json",
        "org.followthrough.infra.persistence", "org.followthrough.infra.crypto", "org.followthrough.infra.cluster"})
public class RebuildBenchmark {

    private static final int CANDIDATES = 100;
    private static final int EVENTS_PER_TRANSACTION = 10_000;

    @Bean
    PasswordEncoder passwordEncoder() {
        return NoOpPasswordEncoder.getInstance();
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        // the app's processors are tracking; FOLLOWTHROUGH_BENCH_PROCESSOR_MODE=pooled compares Axon's pooled ones
        String mode = ScratchDatabase.env("FOLLOWTHROUGH_BENCH_PROCESSOR_MODE", "tracking");
        try (ScratchDatabase database = ScratchDatabase.create();
             ConfigurableApplicationContext app = start(database, mode)) {
            run(app, events, database.server() + "; " + mode + " processors");
        }
    }

    /** The app's application context without HTTP, on the database, its processors in the given mode. */
    static ConfigurableApplicationContext start(ScratchDatabase database, String mode) {
        return new SpringApplicationBuilder(RebuildBenchmark.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + database.url(), "spring.datasource.username=" + database.user(),
                        "spring.datasource.password=" + database.password(),
                        "followthrough.master-key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                        "axon.eventhandling.processors.candidate-timeline.mode=" + mode,
                        "axon.eventhandling.processors.candidate-timeline.batch-size=1000",
                        "axon.eventhandling.processors.due-actions.mode=" + mode,
                        "axon.eventhandling.processors.due-actions.batch-size=1000",
                        "axon.eventhandling.processors.outcome-facts.mode=" + mode,
                        "axon.eventhandling.processors.outcome-facts.batch-size=1000",
                        "logging.level.root=WARN", "logging.level.org.followthrough.application.rebuild=INFO")
                .run();
    }

    private static void run(ConfigurableApplicationContext app, int target, String where) throws InterruptedException {
        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        List<StreamingEventProcessor> streaming = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        // Shut down only once each works its segment: shut down mid-claim, a tracking processor never claims again.
        streaming.forEach(ProjectionRebuilds::awaitClaim);
        streaming.forEach(StreamingEventProcessor::shutDown);

        AccountService accounts = app.getBean(AccountService.class);
        List<Account> candidates = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            candidates.add(accounts.signUp(new SignUp("bench-" + i + "@example.com", "a long enough password",
                    "Candidate " + i, "Europe/Berlin", "DE-BY", Role.CANDIDATE)));
        }
        EventStore eventStore = app.getBean(EventStore.class);
        TransactionManager transactions = app.getBean(TransactionManager.class);
        HistoryGenerator generator = new HistoryGenerator(2026);
        long started = System.nanoTime();
        int written = 0;
        List<DomainEventMessage<?>> pending = new ArrayList<>();
        int next = 0;
        while (written < target) {
            pending.addAll(generator.opportunity(candidates.get(next++ % CANDIDATES).candidateId()));
            if (pending.size() >= EVENTS_PER_TRANSACTION) {
                List<DomainEventMessage<?>> batch = List.copyOf(pending);
                transactions.executeInTransaction(() -> eventStore.publish(batch));
                written += batch.size();
                pending.clear();
            }
        }
        double writing = seconds(started);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        String server = jdbc.sql("SHOW server_version").query(String.class).single();
        System.out.printf(Locale.ROOT, "Rebuild benchmark: %,d events (%,d opportunities of %d candidates), written in %.1f s%n",
                written, next, CANDIDATES, writing);
        System.out.printf(Locale.ROOT, "PostgreSQL %s (%s); Java %s; %d cores; %s %s%n", server, where,
                Runtime.version(), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"));

        ProjectionRebuilds rebuilds = app.getBean(ProjectionRebuilds.class);
        long rebuildStart = System.nanoTime();
        rebuilds.start();
        while (!rebuilds.finished()) {
            for (RebuildStatus.Processor processor : rebuilds.status().processors()) {
                if (processor.error() != null) {
                    throw new IllegalStateException("Processor " + processor.name() + " " + processor.error());
                }
            }
            Thread.sleep(250);
        }
        double rebuilding = seconds(rebuildStart);
        RebuildStatus status = rebuilds.status();
        System.out.printf(Locale.ROOT, "%-22s %12s%n", "processor", "events");
        for (RebuildStatus.Processor processor : status.processors()) {
            System.out.printf(Locale.ROOT, "%-22s %,12d%n", processor.name(), processor.processed());
        }
        System.out.printf(Locale.ROOT, "rebuilt every projection from %,d events in %.1f s: %,.0f events/s%n",
                status.head(), rebuilding, status.head() / rebuilding);
        Results.print("rebuild.events", status.head());
        Results.print("rebuild.seconds", rebuilding);
        Results.print("rebuild.events_per_s", status.head() / rebuilding);
        Results.print("store.write_events_per_s", written / writing);
        System.out.printf(Locale.ROOT, "rows: %,d timeline entries, %,d due actions%n",
                jdbc.sql("SELECT count(*) FROM timeline_entry").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM due_action").query(Long.class).single());

        // The live processors stood still while the store was written, which a running app's never do; the fresh
        // tables hold everything up to the head, so they carry on from there. Left where they stood, the next app on
        // this database (run-all's commands and reads) would first replay the whole store through its live handlers.
        TokenStore tokens = app.getBean(TokenStore.class);
        TrackingToken head = app.getBean(EventStorageEngine.class).createHeadToken();
        transactions.executeInTransaction(() -> streaming.forEach(processor -> {
            for (int segment : tokens.fetchSegments(processor.getName())) {
                tokens.storeToken(head, processor.getName(), segment);
                tokens.releaseClaim(processor.getName(), segment);
            }
        }));
    }

    private static double seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toMillis() / 1000.0;
    }
}
