// One commune's figures over some closed days, from its roll-up rows, by the kiosk's own report definitions.
package vn.kiosk.hub.league;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.kiosk.link.CountRow;
import vn.kiosk.link.DurationRow;
import vn.kiosk.link.Histogram;

/**
 * The same as the kiosk's ReportBuilder totals for the same days: served is final.state COMPLETED; guided is
 * outcome GUIDED_ONLINE plus FILED_ONLINE (the assisted-online desk) out of all outcomes; satisfied is
 * RAT_HAI_LONG plus HAI_LONG out of every rating; rated of
 * served is all ratings out of served; no-shows are final.state NO_SHOW; the wait is the merged (wait, all, all)
 * histogram, its mean rounded to 0.1 s and its median and 90th percentile by nearest rank. Shares are fractions
 * from 0 to 1, null when there was nothing to share.
 */
public record LeagueFigures(long issued, long served, long noShows, long completions, long guidedOnline,
                            Double guidedShare, long rated, long satisfied, Double satisfaction, Double ratedShare,
                            long waitN, double waitMeanSeconds, int waitMedianSeconds, int waitP90Seconds) {

    static final String ISSUED_SERVICE = "issued.service";
    static final String FINAL_STATE = "final.state";
    static final String OUTCOME = "outcome";
    static final String RATING = "rating";
    static final String WAIT = "wait";
    static final String ALL = "all";
    /** The levels of Decision 766/QĐ-TTg that count as satisfied: "Rất hài lòng" and "Hài lòng". */
    static final Set<String> SATISFIED_LEVELS = Set.of("RAT_HAI_LONG", "HAI_LONG");

    public static LeagueFigures of(List<CountRow> counts, List<DurationRow> durations) {
        Map<String, Map<String, Long>> byMetric = new HashMap<>();
        for (CountRow r : counts) {
            byMetric.computeIfAbsent(r.metric(), m -> new HashMap<>()).merge(r.key(), r.n(), Long::sum);
        }
        Histogram wait = new Histogram();
        for (DurationRow d : durations) {
            if (WAIT.equals(d.measure()) && ALL.equals(d.dim()) && ALL.equals(d.key())) {
                wait.merge(Histogram.fromBytes(d.histogram()));
            }
        }
        long served = get(byMetric, FINAL_STATE, "COMPLETED");
        long completions = sum(byMetric, OUTCOME);
        // Guided to submit online, or filed online with help at the assisted-online desk: both count as online.
        long guided = get(byMetric, OUTCOME, "GUIDED_ONLINE") + get(byMetric, OUTCOME, "FILED_ONLINE");
        long rated = sum(byMetric, RATING);
        long satisfied = SATISFIED_LEVELS.stream().mapToLong(l -> get(byMetric, RATING, l)).sum();
        boolean anyWait = wait.n() > 0;
        return new LeagueFigures(sum(byMetric, ISSUED_SERVICE), served, get(byMetric, FINAL_STATE, "NO_SHOW"),
                completions, guided, share(guided, completions), rated, satisfied, share(satisfied, rated),
                share(rated, served), wait.n(), anyWait ? Math.round(wait.mean() * 10) / 10.0 : 0,
                anyWait ? wait.percentile(0.5) : 0, anyWait ? wait.percentile(0.9) : 0);
    }

    private static long get(Map<String, Map<String, Long>> m, String metric, String key) {
        return m.getOrDefault(metric, Map.of()).getOrDefault(key, 0L);
    }

    private static long sum(Map<String, Map<String, Long>> m, String metric) {
        return m.getOrDefault(metric, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
