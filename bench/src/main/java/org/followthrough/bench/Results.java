package org.followthrough.bench;

import java.util.Locale;

/** The machine-readable lines bench/run-all.sh collects from a benchmark's output: {@code RESULT key value}. */
final class Results {

    private Results() {
    }

    static void print(String key, double value) {
        System.out.printf(Locale.ROOT, "RESULT %s %.3f%n", key, value);
    }
}
