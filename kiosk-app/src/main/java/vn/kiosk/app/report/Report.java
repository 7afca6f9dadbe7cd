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
                     List<Count> outcomes, Satisfaction satisfaction, Staff staff, Desk desk,
                     List<ReadinessRow> readiness) {

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

    /** Pauses and idle time, output and the online share, per counter and per officer. */
    public record Staff(List<StaffRow> counters, List<StaffRow> officers) {
    }

    /**
     * @param busySeconds   the service times' total
     * @param servedPerHour served out of the hours busy or idle (pauses and the closed hours left out)
     * @param guidedOnline  completions guided to submit or filed online with help
     */
    public record StaffRow(String id, String name, long served, long pauses, long pausedSeconds, long idleSeconds,
                           long busySeconds, Double servedPerHour, long guidedOnline, Double guidedOnlineShare) {
    }

    /** The assisted-online desk's completions by officer, procedure and day, and its "could not file" reasons. */
    public record Desk(long filedOnline, long vneidSetUp, long sentToCounter, long notFiled, List<DeskRow> officers,
                       List<DeskRow> procedures, List<DeskRow> days, List<Count> reasons) {
    }

    /** @param key an officer's name, a procedure id ("-": none) or a day */
    public record DeskRow(String key, String name, long filedOnline, long vneidSetUp, long sentToCounter,
                          long notFiled) {
    }

    /** The kiosk's VNeID question for one procedure: how often each answer was given. */
    public record ReadinessRow(String procedureId, String code, String name, long yes, long no, long unsure) {
    }

    /**
     * @param share        the rated "Rất hài lòng" or "Hài lòng" out of all rated
     * @param responseRate the rated out of the served
     */
    public record Satisfaction(long rated, long satisfied, Double share, Double responseRate, List<Count> levels,
                               List<Count> reasons) {
    }
}
