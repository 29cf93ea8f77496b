package org.followthrough.analytics.privacy;

import org.apache.commons.statistics.distribution.GeometricDistribution;
import org.followthrough.domain.shared.CandidateId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The geometric mechanism (Ghosh, Roughgarden and Sundararajan 2009; the discrete Laplace mechanism): a count
 * {@code c} is released as {@code c + X - Y}, where {@code X} and {@code Y} are independent geometric variables with
 * success probability {@code 1 - e^-epsilon}. Adding or removing one interview changes a count by at most one, so each
 * released count is epsilon-differentially private for a single interview. The geometric quantiles come from Apache
 * Commons Statistics; the two uniform draws that feed them come from HMAC-SHA256 under the server's key over what was
 * asked (whose interviews, which window, which figure, which group, which count), so a repeated question gets the
 * same noise and cannot be averaged, while a different question gets independent noise.
 */
@Component
public class CountNoise {

    private static final double TWO_TO_53 = 0x1.0p53;

    private final @Nullable JdbcClient jdbc;
    private final double epsilon;
    private final GeometricDistribution geometric;
    private volatile byte @Nullable [] key;

    public CountNoise(@Nullable JdbcClient jdbc, @Value("${followthrough.analytics.epsilon:0.5}") double epsilon) {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("followthrough.analytics.epsilon must be a positive number, got " + epsilon);
        }
        this.jdbc = jdbc;
        this.epsilon = epsilon;
        this.geometric = GeometricDistribution.of(-Math.expm1(-epsilon));
    }

    /** With a key given rather than read from the database (tests). */
    static CountNoise withKey(byte[] key, double epsilon) {
        CountNoise noise = new CountNoise(null, epsilon);
        noise.key = key.clone();
        return noise;
    }

    public double epsilon() {
        return epsilon;
    }

    /** Names whose interviews a question covers, independent of their order: a digest of the sorted candidate ids. */
    public static String population(Collection<CandidateId> candidates) {
        List<String> sorted = candidates.stream().map(CandidateId::toString).sorted(Comparator.naturalOrder()).toList();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sorted.forEach(id -> sha.update((id + ";").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code count} plus the noise for {@code label}; never below zero (clamping after the noise costs no privacy). */
    public int noisy(int count, String label) {
        return Math.max(0, count + noise(label));
    }

    /** The noise for {@code label}: the same label always gets the same value, under the same key. */
    public int noise(String label) {
        byte[] digest = hmac(label);
        ByteBuffer bytes = ByteBuffer.wrap(digest);
        double first = uniform(bytes.getLong());
        double second = uniform(bytes.getLong());
        return geometric.inverseCumulativeProbability(first) - geometric.inverseCumulativeProbability(second);
    }

    /** In [0, 1) from the top 53 bits. */
    private static double uniform(long bits) {
        return (bits >>> 11) / TWO_TO_53;
    }

    private byte[] hmac(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Read once; written on first use by whichever node gets there first, then everyone reads the same row. */
    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            if (jdbc == null) {
                throw new IllegalStateException("no key and no database to keep one in");
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("INSERT INTO figure_noise_key (id, secret) VALUES (1, :secret) ON CONFLICT (id) DO NOTHING")
                    .param("secret", fresh).update();
            known = jdbc.sql("SELECT secret FROM figure_noise_key WHERE id = 1").query(byte[].class).single();
            key = known;
        }
        return known;
    }
}
