package org.followthrough.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table has one owner: a projection's tables are read and written by its own package only, Axon's and
 * db-scheduler's by {@code infra} only; everyone else asks the owner's query interface. Read from the main sources of
 * every module: any SQL string that names a table ({@code FROM}, {@code JOIN}, {@code INTO}, {@code UPDATE} …) outside
 * its owner fails the build.
 */
class TableOwnershipTest {

    private static final List<String> MODULES = List.of("domain", "application", "analytics", "infra", "site", "web");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static final Map<String, String> OWNERS = Map.ofEntries(
            entry("account", "org.followthrough.application.accounts"),
            entry("access_token", "org.followthrough.application.accounts"),
            entry("candidate_settings", "org.followthrough.application.settings"),
            entry("coach_share", "org.followthrough.application.coaching"),
            entry("dead_letter", "org.followthrough.application.projection"),
            entry("timeline_entry", "org.followthrough.application.timeline"),
            entry("timeline_opportunity", "org.followthrough.application.timeline"),
            entry("due_action", "org.followthrough.application.dueactions"),
            entry("due_action_opportunity", "org.followthrough.application.dueactions"),
            entry("due_action_waiting", "org.followthrough.application.dueactions"),
            entry("outcome_fact", "org.followthrough.analytics.facts"),
            entry("outcome_fact_opportunity", "org.followthrough.analytics.facts"),
            entry("figure_noise_key", "org.followthrough.analytics.privacy"),
            entry("throttle_bucket", "org.followthrough.web.security"),
            entry("domainevententry", "org.followthrough.infra"),
            entry("snapshotevententry", "org.followthrough.infra"),
            entry("tokenentry", "org.followthrough.infra"),
            entry("scheduled_tasks", "org.followthrough.infra"),
            entry("app_node", "org.followthrough.infra.cluster"),
            // Spring Session's own tables: none of our code queries them
            entry("spring_session", "org.springframework.session"),
            entry("spring_session_attributes", "org.springframework.session"),
            entry("calendar_feed", "org.followthrough.application.reminders"),
            entry("calendar_feed_entry", "org.followthrough.application.reminders"),
            entry("digest_delivery", "org.followthrough.application.reminders"),
            entry("reminder_secret", "org.followthrough.application.reminders"),
            entry("candidate_key", "org.followthrough.infra.crypto"));

    private static final Pattern CREATED = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:from|join|into|update|table|truncate)\\s+(\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");

    @Test
    void everyTableTheMigrationsCreateHasAnOwner() throws IOException {
        List<String> created = new ArrayList<>();
        try (Stream<Path> migrations = Files.list(ROOT.resolve("infra/src/main/resources/db/migration"))) {
            for (Path migration : migrations.toList()) {
                Matcher table = CREATED.matcher(Files.readString(migration));
                while (table.find()) {
                    created.add(table.group(1).toLowerCase());
                }
            }
        }
        assertThat(created).isNotEmpty();
        assertThat(OWNERS.keySet()).containsAll(created);
    }

    @Test
    void noSqlNamesATableOutsideItsOwner() {
        List<String> strays = new ArrayList<>();
        int files = 0;
        for (String module : MODULES) {
            for (Path source : sources(ROOT.resolve(module).resolve("src/main/java"))) {
                files++;
                String code = read(source);
                Matcher declared = PACKAGE.matcher(code);
                String packageName = declared.find() ? declared.group(1) : "";
                for (Literal literal : literals(code)) {
                    Matcher named = NAMED.matcher(literal.text());
                    while (named.find()) {
                        String table = named.group(1).toLowerCase();
                        String owner = OWNERS.get(table);
                        if (owner != null && !packageName.equals(owner) && !packageName.startsWith(owner + ".")) {
                            strays.add(ROOT.relativize(source) + ":" + literal.line() + " names " + table
                                    + ", which belongs to " + owner);
                        }
                    }
                }
            }
        }
        assertThat(files).as("main source files read").isGreaterThan(100);
        assertThat(new TreeSet<>(strays)).as("SQL outside the table's owner; ask the owner's query interface").isEmpty();
    }

    /** A string literal or text block, with the line it starts on. */
    record Literal(String text, int line) {
    }

    /** The string literals of Java source, comments and character literals left out. */
    static List<Literal> literals(String code) {
        List<Literal> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (code.startsWith("//", i)) {
                i = code.indexOf('\n', i) < 0 ? code.length() : code.indexOf('\n', i);
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                line += count(code.substring(i, end));
                i = end;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end;
                found.add(new Literal(code.substring(i + 3, end), line));
                line += count(code.substring(i, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < code.length() && code.charAt(end) != c) {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    found.add(new Literal(code.substring(i + 1, Math.min(end, code.length())), line));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int count(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    private static List<Path> sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
