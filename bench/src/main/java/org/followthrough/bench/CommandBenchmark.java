package org.followthrough.bench;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.accounts.AccountService;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.accounts.SignUp;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpenOpportunity;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.opportunity.RecordInterview;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands per second at 1 and 8 clients. Each client opens an opportunity and records an interview in it (two
 * commands; the second loads the aggregate from its events), again and again, until the opportunities are all open.
 * <ul>
 *   <li>{@code gateway n1 n8}: the app's context without HTTP on the database named as in {@link ScratchDatabase},
 *       its processors running; {@code CommandGateway.sendAndWait} from 1 and then 8 threads.</li>
 *   <li>{@code http base-url token n1 n8}: the real path, a POST per command with {@code Authorization: Bearer},
 *       each answered 201 once the projections show it (read-your-writes).</li>
 *   <li>{@code http-background base-url token stop-file}: one client, until the stop file exists (commands running
 *       while the reads are measured).</li>
 * </ul>
 * A warm-up of 100 opportunities at 8 clients comes first and is not counted. Each measured round ends when its
 * opportunities are all open or after the number of seconds in the system property {@code bench.commandSeconds}
 * (default: no limit), whichever comes first, so that one run of the whole benchmark stays within its time.
 */
public final class CommandBenchmark {

    private static final int WARM_UP = 100;
    private static final long ROUND_NANOS = Long.getLong("bench.commandSeconds", 0) <= 0 ? Long.MAX_VALUE
            : Long.getLong("bench.commandSeconds") * 1_000_000_000L;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant ENDED = Instant.parse("2026-10-01T08:00:00Z");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** One client's way to send the two commands. */
    private interface Client {
        UUID open() throws Exception;

        void interview(UUID opportunity) throws Exception;
    }

    private CommandBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "gateway" -> gateway(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "http" -> {
                Supplier<Client> clients = () -> new HttpCommands(args[1], args[2]);
                measure("http", clients, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            }
            case "http-background" -> background(new HttpCommands(args[1], args[2]), Path.of(args[3]));
            default -> throw new IllegalArgumentException("gateway, http or http-background, not " + args[0]);
        }
        System.exit(0);
    }

    private static void gateway(int atOne, int atEight) throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create();
             ConfigurableApplicationContext app = RebuildBenchmark.start(database, "tracking")) {
            CandidateId candidate = app.getBean(AccountService.class).signUp(new SignUp(
                    "gateway-" + UUID.randomUUID() + "@example.com", "a long enough password", "Gateway", ZONE.getId(),
                    "DE-BY", Role.CANDIDATE)).candidateId();
            CommandGateway gateway = app.getBean(CommandGateway.class);
            measure("gateway", () -> new Client() {
                @Override
                public UUID open() {
                    OpportunityId id = OpportunityId.of(UUID.randomUUID());
                    gateway.sendAndWait(new OpenOpportunity(id, candidate, "Acme", "Backend Engineer", null));
                    return id.value();
                }

                @Override
                public void interview(UUID opportunity) {
                    gateway.sendAndWait(new RecordInterview(OpportunityId.of(opportunity), candidate,
                            InterviewId.of(UUID.randomUUID()), null, null, ENDED,
                            List.of(new Interviewer("Grace Hopper", null, null)), DecisionTimeline.notStated(), ZONE));
                }
            }, atOne, atEight);
        }
    }

    private static void measure(String path, Supplier<Client> clients, int atOne, int atEight) throws Exception {
        run(clients, 8, WARM_UP, Long.MAX_VALUE);
        for (int[] round : new int[][] {{1, atOne}, {8, atEight}}) {
            int threads = round[0];
            long started = System.nanoTime();
            double[] millis = run(clients, threads, round[1], started + ROUND_NANOS);
            double seconds = (System.nanoTime() - started) / 1e9;
            double perSecond = millis.length / seconds;
            System.out.printf(Locale.ROOT, "%-8s %d client(s): %,d commands (%,d opportunities) in %.1f s: %,.0f commands/s, "
                            + "p50 %.1f ms, p99 %.1f ms%n", path, threads, millis.length, millis.length / 2, seconds,
                    perSecond, percentile(millis, 0.50), percentile(millis, 0.99));
            String key = "commands." + path + ".c" + threads;
            Results.print(key + ".per_s", perSecond);
            Results.print(key + ".p50_ms", percentile(millis, 0.50));
            Results.print(key + ".p99_ms", percentile(millis, 0.99));
            Results.print(key + ".opportunities", millis.length / 2);
        }
    }

    /**
     * Opens the opportunities from the threads, each with its interview, until they are all open or the deadline
     * ({@link System#nanoTime()}) has passed; returns every command's time (ms).
     */
    private static double[] run(Supplier<Client> clients, int threads, int opportunities, long deadline) throws Exception {
        AtomicInteger left = new AtomicInteger(opportunities);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Client client = clients.get();
                results.add(pool.submit(() -> {
                    double[] times = new double[2 * opportunities];
                    int n = 0;
                    while (System.nanoTime() < deadline && left.getAndDecrement() > 0) {
                        long start = System.nanoTime();
                        UUID id = client.open();
                        long opened = System.nanoTime();
                        client.interview(id);
                        times[n++] = (opened - start) / 1e6;
                        times[n++] = (System.nanoTime() - opened) / 1e6;
                    }
                    return Arrays.copyOf(times, n);
                }));
            }
            List<double[]> all = new ArrayList<>();
            for (Future<double[]> result : results) {
                all.add(result.get());
            }
            double[] merged = all.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
            return merged;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void background(Client client, Path stopFile) throws Exception {
        long started = System.nanoTime();
        int commands = 0;
        while (!Files.exists(stopFile)) {
            client.interview(client.open());
            commands += 2;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "background: %,d commands in %.1f s: %,.0f commands/s%n", commands, seconds,
                commands / seconds);
        Results.print("reads.background_commands_per_s", commands / seconds);
    }

    private static double percentile(double[] sorted, double fraction) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * fraction) - 1)];
    }

    /** The documented API with a personal access token; one connection per client. */
    private record HttpCommands(String base, String token, HttpClient http) implements Client {

        HttpCommands(String base, String token) {
            this(base, token, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build());
        }

        @Override
        public UUID open() throws IOException, InterruptedException {
            String body = post("/api/v1/opportunities", "{\"company\":\"Acme\",\"role\":\"Backend Engineer\"}");
            Matcher id = ID.matcher(body);
            if (!id.find()) {
                throw new IllegalStateException("No id in " + body);
            }
            return UUID.fromString(id.group(1));
        }

        @Override
        public void interview(UUID opportunity) throws IOException, InterruptedException {
            post("/api/v1/opportunities/" + opportunity + "/interviews", "{\"endedAt\":\"2026-10-01T10:00:00+02:00\","
                    + "\"interviewers\":[{\"name\":\"Grace Hopper\"}],\"decision\":{\"kind\":\"NONE\"}}");
        }

        private String post(String path, String json) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }
}
