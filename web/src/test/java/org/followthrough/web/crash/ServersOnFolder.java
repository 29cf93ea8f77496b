package org.followthrough.web.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The PostgreSQL servers running on one data folder, as the operating system lists them ({@code /proc}). */
final class ServersOnFolder {

    private ServersOnFolder() {
    }

    /** Every process whose command line is {@code …/postgres -D <folder> …}: the folder's postmasters. */
    static List<ProcessHandle> postmasters(Path folder) {
        return ProcessHandle.allProcesses().filter(process -> isPostmasterOf(process, folder)).toList();
    }

    /** The server {@code postmaster.pid} names, when it is running. */
    static Optional<ProcessHandle> named(Path folder) {
        try {
            long pid = Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).getFirst().strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stops whatever still runs on the folder: politely, then not. */
    static void stopAll(Path folder) {
        for (ProcessHandle server : postmasters(folder)) {
            List<ProcessHandle> workers = server.descendants().toList();
            server.destroy();
            try {
                server.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                server.destroyForcibly();
                workers.forEach(ProcessHandle::destroyForcibly);
            }
        }
    }

    private static boolean isPostmasterOf(ProcessHandle process, Path folder) {
        List<String> arguments;
        try {
            arguments = Arrays.asList(new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()),
                    "cmdline")), StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | SecurityException e) {
            return false;
        }
        int option = arguments.indexOf("-D");
        return arguments.getFirst().endsWith("/postgres") && option >= 0 && option + 1 < arguments.size()
                && Path.of(arguments.get(option + 1)).equals(folder);
    }
}
