package org.followthrough.infra.persistence.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Followthrough's own files about a PostgreSQL data folder ({@code postgres.lock}, {@code postgres.password},
 * {@code postgres.log}), kept beside it, and how they are written.
 */
final class DataFolderFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private DataFolderFiles() {
    }

    static Path beside(Path postgresDirectory, String suffix) {
        return postgresDirectory.resolveSibling(postgresDirectory.getFileName() + suffix);
    }

    /** Replaces {@code file} at once with {@code content}, readable by its owner only, flushed to the disk first. */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(next);
        if (posix(file)) {
            Files.createFile(next, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.writeString(next, content);
        try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Takes away any access of group and others (a copied or restored folder may have lost the owner-only mode). */
    static void restrictToOwner(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
