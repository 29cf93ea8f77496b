package org.followthrough.infra.crypto;

import org.followthrough.domain.candidate.PersonalDataKeys;
import org.followthrough.domain.shared.CandidateId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.SecretKey;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code candidate_key} table: each candidate's data key, wrapped by the {@link MasterKey}; after erasure a row
 * without a key (a tombstone), so that an event written later for that candidate (a deadline firing) gets no new key
 * and every node knows to skip their events.
 *
 * <p>Unwrapped keys are cached (bounded, least recently used first out). An erasure is final, so "erased" is cached
 * for good; a live key only for {@link #LIVE_FOR}, after which it is read again: another node's erasure is noticed
 * within that time.
 */
@Component
public class CandidateKeys implements PersonalDataKeys {

    static final Duration LIVE_FOR = Duration.ofMinutes(1);
    private static final int CACHED = 10_000;

    /** A candidate's key, or null once erased. */
    private record Cached(@Nullable SecretKey key, Instant readAt) {
    }

    private final JdbcTemplate jdbc;
    private final MasterKey masterKey;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Map<UUID, Cached> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Cached> eldest) {
            return size() > CACHED;
        }
    };

    CandidateKeys(JdbcTemplate jdbc, MasterKey masterKey, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * The key to encrypt the candidate's next event with, made on first use; empty once they are erased. A new key is
     * committed in a transaction of its own before it is used, so no event is ever sealed with a key the store lacks.
     */
    public Optional<SecretKey> forWriting(UUID candidate) {
        Optional<Optional<SecretKey>> known = read(candidate);
        if (known.isPresent()) {
            return known.get();
        }
        SecretKey fresh = MasterKey.newKey();
        ownTransaction.executeWithoutResult(status -> jdbc.update("""
                        INSERT INTO candidate_key (candidate_id, wrapped_key, created_at) VALUES (?, ?, ?)
                        ON CONFLICT (candidate_id) DO NOTHING""",
                candidate, masterKey.wrap(fresh, candidate), Timestamp.from(clock.instant())));
        return read(candidate).orElseThrow(() -> new IllegalStateException("candidate_key row vanished for " + candidate));
    }

    /** The key to read the candidate's events with; empty when erased (or never had one: nothing was encrypted). */
    public Optional<SecretKey> forReading(UUID candidate) {
        return read(candidate).orElse(Optional.empty());
    }

    @Override
    public boolean isErased(CandidateId candidate) {
        return read(candidate.value()).map(Optional::isEmpty).orElse(false);
    }

    /** Keeps a tombstone: the row stays, without its key. */
    @Override
    public void destroy(CandidateId candidate) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE candidate_key SET wrapped_key = NULL, erased_at = ? WHERE candidate_id = ?",
                now, candidate.value());
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO candidate_key (candidate_id, wrapped_key, created_at, erased_at) VALUES (?, NULL, ?, ?)
                    ON CONFLICT (candidate_id) DO UPDATE SET wrapped_key = NULL, erased_at = excluded.erased_at""",
                    candidate.value(), now, now);
        }
        Runnable forget = () -> {
            synchronized (cache) {
                cache.put(candidate.value(), new Cached(null, clock.instant()));
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget.run();
                }
            });
        } else {
            forget.run();
        }
    }

    /** Outer empty: no row. Inner empty: erased. */
    private Optional<Optional<SecretKey>> read(UUID candidate) {
        Instant now = clock.instant();
        synchronized (cache) {
            Cached cached = cache.get(candidate);
            if (cached != null && (cached.key() == null || cached.readAt().plus(LIVE_FOR).isAfter(now))) {
                return Optional.of(Optional.ofNullable(cached.key()));
            }
        }
        List<Optional<byte[]>> rows = jdbc.query("SELECT wrapped_key FROM candidate_key WHERE candidate_id = ?",
                (row, number) -> Optional.ofNullable(row.getBytes(1)), candidate);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        SecretKey key = rows.getFirst().map(wrapped -> masterKey.unwrap(wrapped, candidate)).orElse(null);
        synchronized (cache) {
            cache.put(candidate, new Cached(key, now));
        }
        return Optional.of(Optional.ofNullable(key));
    }
}
