package org.followthrough.application.accounts;

import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal access tokens: {@code ft_} followed by 256 random bits in base64url. The table keeps only the token's
 * SHA-256, which is also how a request's token is found (one index probe, no bcrypt): a guess has to match a hash
 * exactly, and an equal hash can only come from the same 256 bits.
 */
@Service
public class AccessTokens {

    public static final String PREFIX = "ft_";
    static final int RANDOM_BYTES = 32;
    /** Enough for any number of scripts; a runaway loop stops here instead of filling the table. */
    static final int MAX_PER_ACCOUNT = 50;
    /** How often the "last used" time is written: a token used on every request must not turn reads into writes. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private static final String COLUMNS = "id, name, created_at, expires_at, last_used_at, revoked_at";

    /** What a new token's owner gets to see, once. */
    public record Issued(AccessToken token, String secret) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AccessTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Issued issue(UUID accountId, @Nullable String name, @Nullable Instant expiresAt) {
        String label = Text.LINE.required("name", name);
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new RuleViolation("expiresAt", "must lie in the future");
        }
        // Serialises issuing per account so that the limit holds under concurrent calls.
        jdbc.sql("SELECT id FROM account WHERE id = ? FOR UPDATE").param(accountId).query(UUID.class).optional()
                .orElseThrow(() -> new IllegalStateException("no account " + accountId));
        long live = jdbc.sql("SELECT count(*) FROM access_token WHERE account_id = ? AND revoked_at IS NULL "
                        + "AND (expires_at IS NULL OR expires_at > ?)")
                .params(accountId, Timestamp.from(now)).query(Long.class).single();
        if (live >= MAX_PER_ACCOUNT) {
            throw new RuleViolation("name", "you have " + MAX_PER_ACCOUNT
                    + " tokens already; revoke one you no longer use first");
        }
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AccessToken token = new AccessToken(UUID.randomUUID(), label, now, expiresAt, null, null);
        jdbc.sql("INSERT INTO access_token (id, account_id, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(token.id(), accountId, label, hash(secret), Timestamp.from(now),
                        expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
        return new Issued(token, secret);
    }

    /** The owner's tokens, newest first, revoked and expired ones included so that the list explains itself. */
    public List<AccessToken> of(UUID accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM access_token WHERE account_id = ? ORDER BY created_at DESC, id")
                .param(accountId).query(AccessTokens::map).list();
    }

    /** Revokes one of the owner's tokens; false when they have no token of that id (someone else's included). */
    @Transactional
    public boolean revoke(UUID accountId, UUID tokenId) {
        int found = jdbc.sql("UPDATE access_token SET revoked_at = coalesce(revoked_at, ?) WHERE id = ? AND account_id = ?")
                .params(Timestamp.from(clock.instant()), tokenId, accountId)
                .update();
        return found > 0;
    }

    /** The account a presented token belongs to, if the token exists, is not revoked and has not expired. */
    public Optional<Account> authenticate(String presented) {
        if (!presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        byte[] hash = hash(presented);
        // one index probe joined with the account; the last use is written only when it is a minute old
        Optional<Holder> holder = jdbc.sql("SELECT " + Accounts.JOINED_COLUMNS + ", t.last_used_at FROM access_token t "
                        + "JOIN account a ON a.id = t.account_id WHERE t.token_hash = ? "
                        + "AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?)")
                .params(hash, Timestamp.from(now))
                .query((row, number) -> new Holder(Accounts.map(row, number), instant(row.getTimestamp("last_used_at"))))
                .optional();
        holder.filter(found -> found.lastUsedAt() == null || found.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION)))
                .ifPresent(stale -> jdbc.sql("UPDATE access_token SET last_used_at = ? WHERE token_hash = ?")
                        .params(Timestamp.from(now), hash).update());
        return holder.map(Holder::account);
    }

    /** Whose a presented token is, and when it was last used. */
    private record Holder(Account account, @Nullable Instant lastUsedAt) {
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static AccessToken map(ResultSet row, int number) throws SQLException {
        return new AccessToken(row.getObject("id", UUID.class), row.getString("name"),
                row.getTimestamp("created_at").toInstant(), instant(row.getTimestamp("expires_at")),
                instant(row.getTimestamp("last_used_at")), instant(row.getTimestamp("revoked_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
