package org.followthrough.infra.crypto;

import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * The key that wraps every candidate's data key. Given as 32 bytes in Base64 ({@code FOLLOWTHROUGH_MASTER_KEY}), or,
 * with the embedded database, generated on the first start into a file beside the data folder (owner-only, like the
 * database password). It is never stored in the database: a dump of the database alone reads no personal field.
 */
public final class MasterKey {

    static final int BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final SecretKey key;

    private MasterKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public static MasterKey fromBase64(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The master key (FOLLOWTHROUGH_MASTER_KEY) is not Base64", e);
        }
        if (bytes.length != BYTES) {
            throw new IllegalStateException("The master key (FOLLOWTHROUGH_MASTER_KEY) must be " + BYTES
                    + " bytes in Base64 (e.g. `openssl rand -base64 32`), not " + bytes.length);
        }
        return new MasterKey(bytes);
    }

    /** Reads the key file, or makes one (owner-only) when there is none yet. */
    public static MasterKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String generated = Base64.getEncoder().encodeToString(newKey().getEncoded());
            Path next = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(next);
            if (next.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(next, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.writeString(next, generated + "\n", StandardCharsets.US_ASCII);
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE);
            return fromBase64(generated);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master key file " + file, e);
        }
    }

    /** A fresh random AES-256 key. */
    public static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(BYTES * 8);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is part of every Java runtime", e);
        }
    }

    /** The candidate's data key sealed under this key, bound to the candidate. */
    public byte[] wrap(SecretKey dataKey, UUID candidate) {
        return Aead.seal(key, owner(candidate), dataKey.getEncoded());
    }

    public SecretKey unwrap(byte[] wrapped, UUID candidate) {
        return new SecretKeySpec(Aead.open(key, owner(candidate), wrapped), "AES");
    }

    /**
     * A keyed hash of {@code data} for {@code purpose} (HMAC-SHA-256 under a key derived from this one): what the app
     * hands out and must recognise when it comes back unchanged, such as a list's page cursor.
     */
    public byte[] tag(String purpose, byte[] data) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] purposeKey = derive.doFinal(("tag:" + purpose).getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(purposeKey, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] owner(UUID candidate) {
        return ("candidate-key:" + candidate).getBytes(StandardCharsets.US_ASCII);
    }
}
