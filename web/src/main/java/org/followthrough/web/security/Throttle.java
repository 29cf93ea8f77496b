package org.followthrough.web.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The abuse limits, in Bucket4j buckets kept in PostgreSQL ({@code throttle_bucket}), so that every node counts against
 * the same limits: {@code login-failures} failed sign-ins per account and per client address within
 * {@code login-window} (then every attempt, even with the right password, waits for the window to pass), and
 * {@code signups} sign-ups per client address per {@code signup-window}. A window starts with the first failure, and
 * the bucket fills up again all at once when it has passed.
 */
@Component
public class Throttle {

    private static final int FORGET_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration loginFailures;
    private final BucketConfiguration signUps;

    Throttle(DataSource dataSource, ThrottleClock clock,
             @Value("${followthrough.security.login-failures:5}") int failures,
             @Value("${followthrough.security.login-window:PT15M}") Duration loginWindow,
             @Value("${followthrough.security.signups:10}") int signups,
             @Value("${followthrough.security.signup-window:PT1H}") Duration signupWindow) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("throttle_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .clientClock(clock.meter())
                .build();
        this.loginFailures = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(failures).refillIntervally(failures, loginWindow))
                .build();
        this.signUps = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(signups).refillIntervally(signups, signupWindow))
                .build();
    }

    /** Seconds until a sign-in may be tried for this account from this address; 0 when it may be tried now. */
    public long signInBlockedFor(String account, String address) {
        return Math.max(blockedFor(bucket("login-account:" + key(account), loginFailures)),
                blockedFor(bucket("login-address:" + address, loginFailures)));
    }

    /** Counts one failed sign-in against the account and against the address. */
    public void signInFailed(String account, String address) {
        bucket("login-account:" + key(account), loginFailures).tryConsume(1);
        bucket("login-address:" + address, loginFailures).tryConsume(1);
    }

    /** Counts a sign-up from this address; seconds to wait when the limit is reached, 0 when it may go ahead. */
    public long signUpBlockedFor(String address) {
        ConsumptionProbe probe = bucket("signup-address:" + address, signUps).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
    }

    /**
     * Forgets the buckets that have filled up again (a minute after their refill, {@code expires_at}): a full bucket
     * counts exactly as no bucket, so the table keeps only the accounts and addresses inside a window. Returns how many
     * rows went.
     */
    public int forgetFullBuckets() {
        int removed = 0;
        int batch;
        do {
            batch = buckets.removeExpired(FORGET_BATCH);
            removed += batch;
        } while (batch == FORGET_BATCH);
        return removed;
    }

    private BucketProxy bucket(String key, BucketConfiguration configuration) {
        return buckets.getProxy(key, () -> configuration);
    }

    private static long blockedFor(BucketProxy bucket) {
        return bucket.getAvailableTokens() > 0 ? 0 : seconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /**
     * An account as typed, the same however it is capitalised, as the hex SHA-256 of its UTF-8: a bounded key that
     * PostgreSQL always accepts, whatever was typed (a NUL, a lone surrogate), and no address kept in clear.
     */
    private static String key(String account) {
        String folded = account.strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(folded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The time the buckets count in: the application's clock, which a test can replace. */
    public interface ThrottleClock {

        Instant now();

        default TimeMeter meter() {
            return new TimeMeter() {
                @Override
                public long currentTimeNanos() {
                    Instant now = now();
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                }

                @Override
                public boolean isWallClockBased() {
                    return true;
                }
            };
        }

        static ThrottleClock of(Clock clock) {
            return clock::instant;
        }
    }
}
