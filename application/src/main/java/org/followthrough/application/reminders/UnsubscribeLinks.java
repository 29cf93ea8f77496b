package org.followthrough.application.reminders;

import org.followthrough.domain.shared.CandidateId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed unsubscribe tokens, good without signing in: the candidate id and an HMAC-SHA256 of it under a server secret.
 * The secret is made at random on first use and kept in the database (never in the repository), so every node of a
 * cluster signs and checks alike.
 */
@Component
public class UnsubscribeLinks {

    private static final String SECRET_NAME = "unsubscribe-hmac";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile byte @Nullable [] secret;

    public UnsubscribeLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String tokenFor(CandidateId candidate) {
        return candidate.value() + "." + ENCODER.encodeToString(mac(candidate));
    }

    /** The candidate a token was signed for, or empty for a token that was not signed here (or was changed). */
    public Optional<CandidateId> verify(String token) {
        int dot = token.indexOf('.');
        if (dot < 0 || token.length() > 200) {
            return Optional.empty();
        }
        try {
            CandidateId candidate = CandidateId.of(UUID.fromString(token.substring(0, dot)));
            byte[] presented = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            return MessageDigest.isEqual(presented, mac(candidate)) ? Optional.of(candidate) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(CandidateId candidate) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return mac.doFinal(("unsubscribe:" + candidate.value()).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("INSERT INTO reminder_secret (name, secret, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING")
                    .params(SECRET_NAME, fresh, Timestamp.from(clock.instant()))
                    .update();
            known = jdbc.sql("SELECT secret FROM reminder_secret WHERE name = ?").param(SECRET_NAME)
                    .query(byte[].class).single();
            secret = known;
        }
        return known;
    }
}
