package org.followthrough.application.reminders;

import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A candidate's private calendar feed: made, shown once, revoked; and served to whoever holds the address. The token
 * is 256 random bits; only its SHA-256 is kept, found by its index and compared in constant time.
 */
@Service
public class CalendarFeeds {

    private static final Base64.Encoder TOKENS = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final CandidateSettingsStore settings;
    private final FeedEntries entries;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(JdbcClient jdbc, CandidateSettingsStore settings, FeedEntries entries, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.entries = entries;
        this.clock = clock;
    }

    /** A new address; the one before stops working at once. */
    @Transactional
    public FeedAddress create(CandidateId candidate, String baseUrl) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = TOKENS.encodeToString(secret);
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO calendar_feed (candidate_id, token_hash, created_at) VALUES (?, ?, ?)
                        ON CONFLICT (candidate_id) DO UPDATE SET token_hash = excluded.token_hash,
                            created_at = excluded.created_at""")
                .params(candidate.value(), hash(token), Timestamp.from(now))
                .update();
        return new FeedAddress(addressOf(baseUrl, token), now);
    }

    /** Whether the candidate has a feed and since when; its address was shown when it was made, and only then. */
    public Optional<FeedAddress> current(CandidateId candidate) {
        return jdbc.sql("SELECT created_at FROM calendar_feed WHERE candidate_id = ?")
                .param(candidate.value())
                .query((row, number) -> new FeedAddress(null, row.getTimestamp(1).toInstant()))
                .optional();
    }

    /** Afterwards no address works; revoking twice is harmless. */
    @Transactional
    public void revoke(CandidateId candidate) {
        jdbc.sql("DELETE FROM calendar_feed WHERE candidate_id = ?").param(candidate.value()).update();
        jdbc.sql("DELETE FROM calendar_feed_entry WHERE candidate_id = ?").param(candidate.value()).update();
    }

    public static String addressOf(String baseUrl, String token) {
        return baseUrl.replaceAll("/+$", "") + "/calendar/" + token + ".ics";
    }

    /** The feed behind a token, or empty for a token nobody holds (unknown, replaced or revoked). */
    @Transactional
    public Optional<FeedDocument> feed(String token, String baseUrl) {
        if (token.length() < 16 || token.length() > 100) {
            return Optional.empty();
        }
        byte[] presented = hash(token);
        Optional<Holder> holder = jdbc.sql("SELECT candidate_id, token_hash FROM calendar_feed WHERE token_hash = ?")
                .param(presented)
                .query((row, number) -> new Holder(CandidateId.of(row.getObject(1, UUID.class)), row.getBytes(2)))
                .optional()
                .filter(found -> MessageDigest.isEqual(found.tokenHash(), presented));
        return holder.map(found -> document(found.candidateId(), baseUrl));
    }

    private record Holder(CandidateId candidateId, byte[] tokenHash) {
    }

    private FeedDocument document(CandidateId candidate, String baseUrl) {
        CandidateSettings current = settings.of(candidate).orElseThrow(() -> new NotFound("account", candidate));
        List<ICalendarWriter.Versioned> versioned = versions(candidate, entries.of(candidate, baseUrl));
        String body = ICalendarWriter.write("Followthrough", current.timeZone(), versioned);
        Instant lastModified = versioned.stream().map(ICalendarWriter.Versioned::lastModified)
                .max(Instant::compareTo)
                .orElseGet(() -> current(candidate).map(FeedAddress::createdAt).orElseGet(clock::instant));
        String etag = "\"" + HexFormat.of().formatHex(FeedEntry.sha256(body.getBytes(StandardCharsets.UTF_8)), 0, 16) + "\"";
        return new FeedDocument(body, etag, lastModified);
    }



    /**
     * Each entry with its version: a new entry starts at 0; a changed one (its content hash differs) goes up by one and
     * takes the present as its last change; entries no longer in the feed are forgotten.
     */
    private List<ICalendarWriter.Versioned> versions(CandidateId candidate, List<FeedEntry> entries) {
        record Known(byte[] hash, int sequence, Instant lastModified) {
        }
        Map<String, Known> known = new HashMap<>();
        jdbc.sql("SELECT uid, content_hash, sequence, last_modified FROM calendar_feed_entry WHERE candidate_id = ?")
                .param(candidate.value())
                .query(row -> {
                    known.put(row.getString(1), new Known(row.getBytes(2), row.getInt(3), row.getTimestamp(4).toInstant()));
                });
        Instant now = clock.instant();
        List<ICalendarWriter.Versioned> versioned = new ArrayList<>();
        for (FeedEntry entry : entries) {
            byte[] hash = entry.contentHash();
            Known before = known.remove(entry.uid());
            if (before != null && Arrays.equals(before.hash(), hash)) {
                versioned.add(new ICalendarWriter.Versioned(entry, before.sequence(), before.lastModified()));
                continue;
            }
            int sequence = before == null ? 0 : before.sequence() + 1;
            jdbc.sql("""
                            INSERT INTO calendar_feed_entry (candidate_id, uid, content_hash, sequence, last_modified)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (candidate_id, uid) DO UPDATE SET content_hash = excluded.content_hash,
                                sequence = excluded.sequence, last_modified = excluded.last_modified""")
                    .params(candidate.value(), entry.uid(), hash, sequence, Timestamp.from(now))
                    .update();
            versioned.add(new ICalendarWriter.Versioned(entry, sequence, now));
        }
        if (!known.isEmpty()) {
            jdbc.sql("DELETE FROM calendar_feed_entry WHERE candidate_id = ? AND uid = ANY(?)")
                    .params(candidate.value(), known.keySet().toArray(String[]::new))
                    .update();
        }
        return versioned;
    }

    static byte[] hash(String token) {
        return FeedEntry.sha256(token.getBytes(StandardCharsets.UTF_8));
    }
}
