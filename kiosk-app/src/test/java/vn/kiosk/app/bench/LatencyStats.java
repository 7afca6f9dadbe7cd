// Median and 99th percentile of a set of measured durations, in milliseconds.
package vn.kiosk.app.bench;

import java.util.List;

record LatencyStats(double p50, double p99, int n) {

    static LatencyStats of(List<Double> millis) {
        double[] v = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new LatencyStats(at(v, 0.50), at(v, 0.99), v.length);
    }

    private static double at(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
