package org.followthrough.bench;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The table bench/run-all.sh ends with, and its machine-readable copy. Each figure stands beside the limit measured
 * in the same run: where the target is a share of that limit (commands/s against single-row insert
 * transactions/s at the same concurrency) the ratio decides, elsewhere the target itself does. A figure the run did
 * not produce is never met.
 *   RunAllReport results.tsv results.json server events opportunities seconds interviews keyset-rows
 */
public final class RunAllReport {

    /** One line of the table; {@code met} is null for the limits themselves, which have no target. */
    record Row(String figure, @Nullable Double value, String unit, @Nullable Double limit, String limitUnit,
               @Nullable Double ratio, String target, @Nullable Boolean met) {
    }

    private RunAllReport() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Double> results = parse(Files.readAllLines(Path.of(args[0])));
        List<Row> rows = rows(results);
        System.out.print(table(rows));
        Map<String, Object> machine = machine(args[2]);
        System.out.printf(Locale.ROOT, "%n%s; %s cores (%s); Java %s; %s%n", args[2], machine.get("cores"),
                machine.get("cpu"), machine.get("java"), machine.get("os"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        json.put("machine", machine);
        json.put("parameters", Map.of("events", Long.parseLong(args[3]), "opportunities_at_8_clients",
                Long.parseLong(args[4]), "seconds_per_load_run", Long.parseLong(args[5]),
                "interviews", Long.parseLong(args[6]), "keyset_rows", Long.parseLong(args[7])));
        json.put("table", rows);
        json.put("results", new TreeMap<>(results));
        Path file = Path.of(args[1]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        System.out.println("written: " + file);
    }

    /** The {@code RESULT key value} lines; everything else is ignored. */
    static Map<String, Double> parse(List<String> lines) {
        Map<String, Double> results = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 3 && parts[0].equals("RESULT")) {
                try {
                    results.put(parts[1], Double.parseDouble(parts[2]));
                } catch (NumberFormatException unreadable) {
                    // a step that printed no number (wrk without a percentile): the figure stays missing
                }
            }
        }
        return results;
    }

    static List<Row> rows(Map<String, Double> r) {
        List<Row> rows = new ArrayList<>();
        for (int clients : new int[] {1, 8}) {
            rows.add(plain("single-row insert transactions/s, " + clients(clients) + " (pgbench)",
                    r.get("limit.inserts.c" + clients + ".per_s"), "tx/s"));
        }
        rows.add(plain(String.format(Locale.ROOT, "keyset read of %,.0f rows, pages of 1,000 (JDBC)",
                r.getOrDefault("limit.keyset.rows", 0.0)), r.get("limit.keyset.rows_per_s"), "rows/s"));
        rows.add(plain("opportunities stored when the commands start", r.get("commands.store_opportunities"), ""));
        for (String path : List.of("gateway", "http")) {
            double share = path.equals("gateway") ? 0.35 : 0.2;
            for (int clients : new int[] {1, 8}) {
                rows.add(share("commands/s via " + (path.equals("gateway") ? "the gateway" : "HTTP") + ", " + clients(clients),
                        r.get("commands." + path + ".c" + clients + ".per_s"), "cmd/s",
                        r.get("limit.inserts.c" + clients + ".per_s"), "tx/s", share));
            }
        }
        for (String path : List.of("gateway", "http")) {
            rows.add(plain("server transactions committed per command via " + (path.equals("gateway") ? "the gateway" : "HTTP"),
                    r.get("commands." + path + ".server_commits_per_command"), ""));
        }
        rows.add(bound("rebuild of every projection", r.get("rebuild.events_per_s"), "events/s",
                r.get("limit.keyset.rows_per_s"), "rows/s read", 20_000, false));
        for (String[] read : new String[][] {{"timeline", "GET /api/v1/timeline"},
                {"due_actions", "GET /api/v1/due-actions"}, {"dashboard", "dashboard page (/)"}}) {
            // the API's reads aim at 10 ms (item 2); the dashboard, a page of 50 opportunities, at 50 ms (item 5)
            long p99 = read[0].equals("dashboard") ? 50 : 10;
            rows.add(bound(read[1] + ", 8 clients, p99", r.get("reads." + read[0] + ".p99_ms"), "ms", null, "", p99, true));
            rows.add(bound(read[1] + ", 8 clients, throughput", r.get("reads." + read[0] + ".per_s"), "req/s", null, "",
                    2_000, false));
        }
        Double bytes = r.get("reads.dashboard.bytes");
        rows.add(bound("dashboard page of 50 opportunities, size", bytes == null ? null : bytes / 1000, "KB", null, "",
                150, true));
        rows.add(bound("coach analytics, the coach page's three figures, p95", r.get("analytics.coach_page.p95_ms"), "ms",
                null, "", 200, true));
        rows.add(bound("start-up, embedded, launch to first 200 on /actuator/health", r.get("footprint.startup_s"), "s",
                null, "", 15, true));
        rows.add(bound("resident memory of the JVM, embedded", r.get("footprint.jvm_rss_mb"), "MB", null, "", 512, true));
        rows.add(plain("embedded PostgreSQL memory (PSS, noted apart)", r.get("footprint.postgres_pss_mb"), "MB"));
        return rows;
    }

    private static String clients(int clients) {
        return clients + (clients == 1 ? " client" : " clients");
    }

    private static Row plain(String figure, @Nullable Double value, String unit) {
        return new Row(figure, value, unit, null, "", null, "–", null);
    }

    private static Row share(String figure, @Nullable Double value, String unit, @Nullable Double limit,
                             String limitUnit, double share) {
        Double ratio = ratio(value, limit);
        return new Row(figure, value, unit, limit, limitUnit, ratio, String.format(Locale.ROOT, "≥ %.2f × limit", share),
                ratio != null && ratio >= share);
    }

    private static Row bound(String figure, @Nullable Double value, String unit, @Nullable Double limit,
                             String limitUnit, long target, boolean atMost) {
        boolean met = value != null && (atMost ? value <= target : value >= target);
        return new Row(figure, value, unit, limit, limitUnit, ratio(value, limit),
                String.format(Locale.ROOT, "%s %,d %s", atMost ? "≤" : "≥", target, unit), met);
    }

    private static @Nullable Double ratio(@Nullable Double value, @Nullable Double limit) {
        return value == null || limit == null || limit == 0 ? null : value / limit;
    }

    static String table(List<Row> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"figure", "Followthrough", "machine limit", "ratio", "target", "met"});
        for (Row row : rows) {
            cells.add(new String[] {row.figure(), number(row.value(), row.unit()), number(row.limit(), row.limitUnit()),
                    row.ratio() == null ? "–" : String.format(Locale.ROOT, "%.3f", row.ratio()), row.target(),
                    row.met() == null ? "–" : row.met() ? "yes" : "NO"});
        }
        int[] widths = new int[6];
        for (String[] line : cells) {
            for (int i = 0; i < 6; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (int n = 0; n < cells.size(); n++) {
            String[] line = cells.get(n);
            table.append('|');
            for (int i = 0; i < 6; i++) {
                String pad = " ".repeat(widths[i] - line[i].length());
                table.append(' ').append(i == 0 || n == 0 ? line[i] + pad : pad + line[i]).append(" |");
            }
            table.append('\n');
            if (n == 0) {
                table.append('|');
                for (int width : widths) {
                    table.append("-".repeat(width + 2)).append('|');
                }
                table.append('\n');
            }
        }
        return table.toString();
    }

    static String number(@Nullable Double value, String unit) {
        if (value == null) {
            return "–";
        }
        double size = Math.abs(value);
        String format = size >= 100 ? "%,.0f" : size >= 10 ? "%,.1f" : "%,.2f";
        return String.format(Locale.ROOT, format, value) + (unit.isEmpty() ? "" : " " + unit);
    }

    private static Map<String, Object> machine(String server) throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        Path cpuinfo = Path.of("/proc/cpuinfo");
        String cpu = System.getProperty("os.arch");
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                cpu = lines.filter(line -> line.startsWith("model name")).map(line -> line.split(":", 2)[1].strip())
                        .findFirst().orElse(cpu);
            }
        }
        machine.put("cpu", cpu);
        machine.put("memory_gib", Math.round(((com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / 1073741824.0));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", Runtime.version().toString());
        machine.put("postgresql", server);
        machine.put("load_average_at_end", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return machine;
    }
}
