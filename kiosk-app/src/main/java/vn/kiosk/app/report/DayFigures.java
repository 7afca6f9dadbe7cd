// The figures of one service day (or of several merged): counts by metric and key, and duration histograms.
package vn.kiosk.app.report;

import vn.kiosk.link.Histogram;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Mutable while a day is folded or days are merged; a roll-up row is one entry of either map. */
final class DayFigures {

    /** One histogram: measure (wait, service), dimension (all, service, counter, officer) and its key. */
    record DurationKey(String measure, String dim, String key) {
    }

    static final String WAIT = "wait";
    static final String SERVICE_TIME = "service";
    static final String ALL = "all";
    static final String BY_SERVICE = "service";
    static final String BY_COUNTER = "counter";
    static final String BY_OFFICER = "officer";
    /** The key for "none": a ticket without a procedure, an event without an actor. */
    static final String NONE = "-";

    static final String ISSUED_SERVICE = "issued.service";
    static final String ISSUED_PROCEDURE = "issued.procedure";
    static final String ISSUED_CHANNEL = "issued.channel";
    static final String ISSUED_HOUR = "issued.hour";
    static final String PRIORITY = "priority";
    static final String FINAL_STATE = "final.state";
    static final String NO_SHOW_SERVICE = "noshow.service";
    static final String TRANSFERRED = "transferred";
    static final String SERVED_SERVICE = "served.service";
    static final String SERVED_COUNTER = "served.counter";
    static final String SERVED_OFFICER = "served.officer";
    static final String SERVED_HOUR = "served.hour";
    static final String OUTCOME = "outcome";
    static final String RATING = "rating";
    static final String REASON = "reason";
    static final String RATED_COUNTER = "rated.counter";
    static final String SATISFIED_COUNTER = "satisfied.counter";
    static final String RATED_SERVICE = "rated.service";
    static final String SATISFIED_SERVICE = "satisfied.service";
    static final String PAUSES_COUNTER = "pauses.counter";
    static final String PAUSES_OFFICER = "pauses.officer";
    /** Seconds, summed. */
    static final String PAUSED_COUNTER = "paused.counter";
    static final String PAUSED_OFFICER = "paused.officer";
    static final String IDLE_COUNTER = "idle.counter";
    static final String IDLE_OFFICER = "idle.officer";
    /** Completions whose dossier went in online (guided or filed with help). */
    static final String ONLINE_COUNTER = "online.counter";
    static final String ONLINE_OFFICER = "online.officer";
    /** The assisted-online desk: a prefix followed by the outcome's name, keyed by officer, procedure or day. */
    static final String DESK_OFFICER = "desk.officer.";
    static final String DESK_PROCEDURE = "desk.procedure.";
    static final String DESK_DAY = "desk.day.";
    static final String DESK_REASON = "desk.reason";

    final Map<String, Map<String, Long>> counts = new TreeMap<>();
    final Map<DurationKey, Histogram> durations = new HashMap<>();

    void count(String metric, String key) {
        count(metric, key, 1);
    }

    void count(String metric, String key, long n) {
        counts.computeIfAbsent(metric, m -> new TreeMap<>()).merge(key, n, Long::sum);
    }

    void duration(String measure, String dim, String key, long seconds) {
        histogram(new DurationKey(measure, dim, key)).add(seconds);
    }

    Histogram histogram(DurationKey k) {
        return durations.computeIfAbsent(k, x -> new Histogram());
    }

    /** The counts of one metric by key; empty when there are none. */
    Map<String, Long> of(String metric) {
        return counts.getOrDefault(metric, Map.of());
    }

    long get(String metric, String key) {
        return of(metric).getOrDefault(key, 0L);
    }

    long sum(String metric) {
        return of(metric).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The histograms of one measure and dimension by key. */
    Map<String, Histogram> histograms(String measure, String dim) {
        Map<String, Histogram> out = new TreeMap<>();
        durations.forEach((k, h) -> {
            if (k.measure().equals(measure) && k.dim().equals(dim)) {
                out.put(k.key(), h);
            }
        });
        return out;
    }

    Histogram overall(String measure) {
        Histogram h = durations.get(new DurationKey(measure, ALL, ALL));
        return h == null ? new Histogram() : h;
    }

    void merge(DayFigures other) {
        other.counts.forEach((metric, byKey) -> byKey.forEach((key, n) -> count(metric, key, n)));
        other.durations.forEach((k, h) -> histogram(k).merge(h));
    }

    boolean isEmpty() {
        return counts.isEmpty() && durations.isEmpty();
    }
}
