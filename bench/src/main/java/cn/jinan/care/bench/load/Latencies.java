package cn.jinan.care.bench.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Response times per label (in microseconds), and their percentiles. */
final class Latencies {

    private final Map<String, long[]> samples = new LinkedHashMap<>();
    private final Map<String, Integer> sizes = new LinkedHashMap<>();
    private final Map<String, Integer> errors = new LinkedHashMap<>();

    synchronized void add(String label, long micros) {
        long[] a = samples.computeIfAbsent(label, k -> new long[1024]);
        int n = sizes.getOrDefault(label, 0);
        if (n == a.length) {
            a = Arrays.copyOf(a, n * 2);
            samples.put(label, a);
        }
        a[n] = micros;
        sizes.put(label, n + 1);
    }

    synchronized void error(String label) {
        errors.merge(label, 1, Integer::sum);
        samples.computeIfAbsent(label, k -> new long[1024]);
    }

    synchronized Stats stats(String label) {
        int n = sizes.getOrDefault(label, 0);
        long[] a = Arrays.copyOf(samples.getOrDefault(label, new long[0]), n);
        return Stats.of(a, errors.getOrDefault(label, 0));
    }

    /** All labels together. */
    synchronized Stats all() {
        int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
        long[] a = new long[total];
        int at = 0;
        for (Map.Entry<String, long[]> e : samples.entrySet()) {
            int n = sizes.getOrDefault(e.getKey(), 0);
            System.arraycopy(e.getValue(), 0, a, at, n);
            at += n;
        }
        return Stats.of(a, errors.values().stream().mapToInt(Integer::intValue).sum());
    }

    synchronized Iterable<String> labels() {
        return new java.util.ArrayList<>(samples.keySet());
    }

    /** Percentiles of a sample, in milliseconds. */
    record Stats(int count, int errors, double p50, double p95, double p99, double max) {

        static Stats of(long[] micros, int errors) {
            Arrays.sort(micros);
            return new Stats(micros.length, errors, pct(micros, 50), pct(micros, 95), pct(micros, 99),
                    micros.length == 0 ? 0 : micros[micros.length - 1] / 1000.0);
        }

        private static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
        }
    }
}
