package org.followthrough.infra.persistence.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL left running on the data folder by a JVM that died without stopping it ({@code kill -9}): zonky's
 * server is a process of its own and outlives its JVM, and while it runs no new server can start there. Called while
 * this JVM holds the folder's {@link DataFolderLock}, so a server running there belongs to no live Followthrough. Only
 * the process that really is that server is touched: the one {@code postmaster.pid} names, whose command line is
 * {@code postgres} with this folder as its {@code -D}.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration SHUTDOWN = Duration.ofSeconds(15);
    private static final Duration AFTER_KILL = Duration.ofSeconds(10);

    private OrphanedServer() {
    }

    /** Stops the server running on {@code directory}, if one does; returns whether there was one. */
    static boolean stopIfRunning(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        Optional<ProcessHandle> named = namedIn(pidFile);
        if (named.isEmpty()) {
            return false; // no file, or its process is gone: PostgreSQL itself replaces a stale file
        }
        ProcessHandle process = named.get();
        List<String> commandLine = commandLine(process);
        if (isServerOf(commandLine, directory)) {
            stop(process, directory);
            return true;
        }
        if (!commandLine.isEmpty() && !looksLikePostgres(commandLine)) {
            // the number was reused (typically after a reboot or a container restart); PostgreSQL would refuse to
            // start as long as the file names a live process
            log.warn("{} names process {}, which is not PostgreSQL ({}): the file is left over from an earlier run; "
                    + "removing it", pidFile, process.pid(), commandLine.getFirst());
            delete(pidFile);
        }
        return false;
    }

    private static Optional<ProcessHandle> namedIn(Path pidFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pidFile, e);
        }
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.getFirst().strip());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(process -> process.pid() != ProcessHandle.current().pid());
    }

    private static void stop(ProcessHandle server, Path directory) {
        log.warn("A PostgreSQL (process {}) is still running on {}, left by an earlier run that did not shut down; "
                + "stopping it", server.pid(), directory);
        long started = System.nanoTime();
        List<ProcessHandle> workers = server.descendants().toList();
        // SIGTERM: a smart shutdown, ending with a checkpoint; the clients it would wait for died with their JVM
        if (!server.destroy()) {
            throw cannotStop(server, directory);
        }
        if (!exits(server, SHUTDOWN)) {
            log.warn("The PostgreSQL left running on {} did not stop within {} s; killing it (the next start "
                    + "recovers from its write-ahead log)", directory, SHUTDOWN.toSeconds());
            server.destroyForcibly();
            workers.forEach(ProcessHandle::destroyForcibly);
            if (!exits(server, AFTER_KILL)) {
                throw cannotStop(server, directory);
            }
        }
        // its workers hold the shared memory a new server checks before it starts
        workers.forEach(worker -> exits(worker, AFTER_KILL));
        log.info("Stopped the PostgreSQL left running on {} in {} ms", directory,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private static DataFolderUnavailable cannotStop(ProcessHandle server, Path directory) {
        return new DataFolderUnavailable("A PostgreSQL left running by an earlier Followthrough (process "
                + server.pid() + ") holds the data in " + directory + " and could not be stopped from here: stop it "
                + "(kill " + server.pid() + ") and start Followthrough again.");
    }

    private static boolean exits(ProcessHandle process, Duration within) {
        try {
            process.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** The process's arguments, the program first; empty when this system does not tell. */
    static List<String> commandLine(ProcessHandle process) {
        Path procfs = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        if (Files.isReadable(procfs)) {
            try {
                List<String> arguments = new ArrayList<>(Arrays.asList(
                        new String(Files.readAllBytes(procfs), StandardCharsets.UTF_8).split("\0")));
                arguments.removeIf(String::isEmpty);
                return arguments;
            } catch (IOException e) {
                return List.of(); // it ended meanwhile
            }
        }
        ProcessHandle.Info info = process.info();
        List<String> arguments = new ArrayList<>();
        info.command().ifPresent(arguments::add);
        info.arguments().ifPresent(more -> arguments.addAll(Arrays.asList(more)));
        return arguments;
    }

    /** {@code postgres -D <directory> …}: the command line a postmaster started by {@code pg_ctl} keeps. */
    static boolean isServerOf(List<String> commandLine, Path directory) {
        if (commandLine.isEmpty() || !programName(commandLine).matches("postgres(\\.exe)?")) {
            return false;
        }
        int option = commandLine.indexOf("-D");
        return option >= 0 && option + 1 < commandLine.size() && samePath(Path.of(commandLine.get(option + 1)), directory);
    }

    private static boolean looksLikePostgres(List<String> commandLine) {
        return programName(commandLine).startsWith("postgres");
    }

    private static String programName(List<String> commandLine) {
        String program = commandLine.getFirst();
        return program.substring(program.lastIndexOf('/') + 1);
    }

    private static boolean samePath(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + file, e);
        }
    }
}
