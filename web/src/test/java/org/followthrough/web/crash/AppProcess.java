package org.followthrough.web.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app, run as a user runs it ({@code java -jar followthrough.jar}) in a process of its own, on the
 * embedded PostgreSQL with its data in a given folder; what it prints goes to a log file.
 */
final class AppProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;
    private final long launchedAt;

    private AppProcess(Process process, int port, Path log, long launchedAt) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.launchedAt = launchedAt;
    }

    static AppProcess launch(Path jar, Path dataFolder, Path log, Map<String, String> environment) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--server.port=" + port, "--followthrough.embedded.data-dir=" + dataFolder));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        // the embedded default, whatever the environment of the build says
        Arrays.asList("SPRING_PROFILES_ACTIVE", "SPRING_DATASOURCE_URL", "FOLLOWTHROUGH_DATA", "PORT")
                .forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        try {
            long launchedAt = System.nanoTime();
            return new AppProcess(builder.start(), port, log, launchedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not launch " + command, e);
        }
    }

    int port() {
        return port;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Waits for the first successful HTTP answer; returns how long after the launch it came. */
    Duration awaitServing(Duration patience) throws InterruptedException {
        long deadline = launchedAt + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The app exited with " + process.exitValue() + " before serving:\n" + output());
            }
            if (answersHealth()) {
                return Duration.ofNanos(System.nanoTime() - launchedAt);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The app was not serving " + patience.toSeconds() + " s after its launch:\n" + output());
    }

    boolean answersHealth() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL, as {@code kill -9}: the JVM gets no chance to stop anything. Returns its exit status. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** SIGTERM: a graceful shutdown, which stops the embedded PostgreSQL too. */
    boolean stop(Duration patience) throws InterruptedException {
        process.destroy();
        if (process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        process.destroyForcibly();
        process.waitFor();
        return false;
    }

    /** Waits for the process to end on its own; returns its exit status. */
    int awaitExit(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Still running after " + patience.toSeconds() + " s:\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
