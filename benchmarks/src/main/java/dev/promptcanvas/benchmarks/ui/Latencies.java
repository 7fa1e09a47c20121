package dev.promptcanvas.benchmarks.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Collected durations (ms) and their summary: count, median, p95, p99, max. */
final class Latencies {

    private final List<Double> values = Collections.synchronizedList(new ArrayList<>());

    void add(double ms) {
        values.add(ms);
    }

    int count() {
        return values.size();
    }

    double max() {
        synchronized (values) {
            return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    String summary() {
        List<Double> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "no samples";
        }
        return String.format(Locale.ROOT, "n=%d median=%.1f p95=%.1f p99=%.1f max=%.1f ms", sorted.size(),
                at(sorted, 0.5), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
    }
}
