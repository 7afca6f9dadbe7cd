// Estimates waits from a moving average of service times per service, with a default until data exists.
package vn.kiosk.app.queue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

final class WaitEstimator {

    /** Weight of the newest service time; 0.2 follows a change in pace within about ten tickets. */
    private static final double ALPHA = 0.2;

    private final Map<String, Double> averageSeconds = new HashMap<>();
    private final Duration fallback;

    WaitEstimator(Duration fallback) {
        this.fallback = fallback;
    }

    void record(String serviceId, Duration serviceTime) {
        double s = Math.max(0, serviceTime.toMillis() / 1000.0);
        // The first figures blend into the default, so one quick visit early in the day does not promise no wait.
        double old = averageSeconds(serviceId);
        averageSeconds.put(serviceId, old + ALPHA * (s - old));
    }

    double averageSeconds(String serviceId) {
        return averageSeconds.getOrDefault(serviceId, (double) fallback.toSeconds());
    }

    /** Minutes until a ticket with {@code ahead} people before it is called, given the open counters. */
    int minutes(String serviceId, int ahead, int openCounters) {
        if (ahead <= 0) {
            return 0;
        }
        double seconds = ahead * averageSeconds(serviceId) / Math.max(1, openCounters);
        return (int) Math.ceil(seconds / 60.0);
    }

    void clear() {
        averageSeconds.clear();
    }
}
