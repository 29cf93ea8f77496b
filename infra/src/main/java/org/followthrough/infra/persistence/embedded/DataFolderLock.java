package org.followthrough.infra.persistence.embedded;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This JVM's claim on one embedded PostgreSQL data folder: a lock on {@code <folder>.lock} beside it, held for as long
 * as the app runs. The operating system releases it when the JVM dies, however it dies, so a server found running on
 * a folder nobody holds was orphaned by a killed JVM, while a held lock means a live Followthrough. The file sits beside
 * the folder rather than in it because {@code initdb} wants the folder empty.
 */
public final class DataFolderLock implements AutoCloseable {

    // Closing any channel on a locked file drops this JVM's lock on it (POSIX), so a folder this JVM holds is
    // recognised here and its lock file left untouched.
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path postgresDirectory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path postgresDirectory, FileChannel channel, FileLock lock) {
        this.postgresDirectory = postgresDirectory;
        this.channel = channel;
        this.lock = lock;
    }

    /** Claims the folder, or fails with one sentence when another Followthrough holds it. */
    public static DataFolderLock acquire(Path postgresDirectory) {
        Path directory = postgresDirectory.toAbsolutePath().normalize();
        Path lockFile = DataFolderFiles.beside(directory, ".lock");
        if (!HELD_HERE.add(directory)) {
            throw inUse(directory, String.valueOf(ProcessHandle.current().pid()));
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw inUse(directory, new String(Files.readAllBytes(lockFile), StandardCharsets.US_ASCII).strip());
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new DataFolderLock(directory, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(directory);
            closeQuietly(channel);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Could not lock " + lockFile, io);
            }
            throw (RuntimeException) e;
        }
    }

    public Path postgresDirectory() {
        return postgresDirectory;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            HELD_HERE.remove(postgresDirectory);
        }
    }

    private static DataFolderUnavailable inUse(Path directory, String holder) {
        boolean known = holder.chars().allMatch(Character::isDigit) && !holder.isEmpty();
        String process = known ? " (process " + holder + ")" : "";
        String stop = known ? "Ctrl+C in its terminal, or kill " + holder : "Ctrl+C in its terminal";
        return new DataFolderUnavailable("Followthrough is already running with its data in " + directory + process
                + ": stop that one first (" + stop + ") or start this one with another data folder"
                + " (FOLLOWTHROUGH_DATA=/another/folder ./run).");
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing with the cause that matters
            }
        }
    }
}
