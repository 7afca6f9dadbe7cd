// A report as the API answers it: the period, today's live figures, totals and every breakdown; no personal data.
package vn.kiosk.app.report;

import java.util.List;

/**
 * Durations are in seconds; shares are fractions from 0 to 1, null when nothing was there to share.
 *
 * @param live today's figures right now, present when the period includes today
 */
public record Report(String centre, String from, String to, int days, String generatedAt, Live live, Totals totals,
                     List<ServiceRow> services, List<ProcedureRow> procedures, List<Count> channels,
                     List<CounterRow> counters, List<OfficerRow> officers, List<HourRow> hours,
                     List<Count> outcomes, Satisfaction satisfaction) {

    /** Mean, median, 90th percentile (nearest rank) and maximum of a set of durations. */
    public record Stat(long n, double meanSeconds, int medianSeconds, int p90Seconds, int maxSeconds) {
    }

    /** Right now: tickets issued today and where they stand, and the longest wait of anyone still waiting. */
    public record Live(int issued, int waiting, int called, int serving, int served, int noShow,
                       Integer longestWaitSeconds, String longestWaitNumber) {
    }

    public record Totals(long issued, long served, long noShow, long expired, long transferred, long priority,
                         Double priorityShare, long guidedOnline, Double guidedOnlineShare, Stat waitTime,
                         Stat serviceTime) {
    }

    public record ServiceRow(String id, String name, long issued, long served, long noShow, Stat waitTime,
                             Stat serviceTime, long rated, Double satisfaction) {
    }

    public record ProcedureRow(String id, String code, String name, long issued) {
    }

    public record CounterRow(String id, String name, long served, Stat waitTime, Stat serviceTime, long rated,
                             Double satisfaction) {
    }

    public record OfficerRow(String username, long served, Stat waitTime, Stat serviceTime) {
    }

    public record HourRow(int hour, long issued, long served) {
    }

    public record Count(String key, long n) {
    }

    /**
     * @param share        the rated "Rất hài lòng" or "Hài lòng" out of all rated
     * @param responseRate the rated out of the served
     */
    public record Satisfaction(long rated, long satisfied, Double share, Double responseRate, List<Count> levels,
                               List<Count> reasons) {
    }
}
