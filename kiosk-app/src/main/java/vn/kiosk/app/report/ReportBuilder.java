// Turns merged day figures into the report: names from the set-up and catalog, shares, statistics, live figures.
package vn.kiosk.app.report;

import vn.kiosk.link.Histogram;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.feedback.Rating;
import vn.kiosk.app.feedback.Reason;
import vn.kiosk.app.online.NotFiledReason;
import vn.kiosk.app.online.ReadinessAnswer;
import vn.kiosk.app.online.ReadinessStore;
import vn.kiosk.app.queue.CounterDef;
import vn.kiosk.app.queue.Outcome;
import vn.kiosk.app.queue.ServiceDef;
import vn.kiosk.app.queue.Ticket;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.Procedure;

final class ReportBuilder {

    /** Served per hour is given from this much time serving or idle on. */
    static final long MIN_WORK_SECONDS = 600;

    private final CentreSetup setup;
    private final Catalog catalog;

    ReportBuilder(CentreSetup setup, Catalog catalog) {
        this.setup = setup;
        this.catalog = catalog;
    }

    Report build(LocalDate from, LocalDate to, DayFigures f, List<Ticket> todayTickets, Instant now,
                 String generatedAt, List<ReadinessStore.Count> readiness) {
        long issued = f.sum(DayFigures.ISSUED_SERVICE);
        long served = f.get(DayFigures.FINAL_STATE, "COMPLETED");
        long guided = f.get(DayFigures.OUTCOME, Outcome.GUIDED_ONLINE.name())
                + f.get(DayFigures.OUTCOME, Outcome.FILED_ONLINE.name());
        long completions = f.sum(DayFigures.OUTCOME);
        long priority = f.get(DayFigures.PRIORITY, DayFigures.ALL);
        Report.Totals totals = new Report.Totals(issued, served, f.get(DayFigures.FINAL_STATE, "NO_SHOW"),
                f.get(DayFigures.FINAL_STATE, "EXPIRED"), f.get(DayFigures.TRANSFERRED, DayFigures.ALL), priority,
                share(priority, issued), guided, share(guided, completions),
                stat(f.overall(DayFigures.WAIT)), stat(f.overall(DayFigures.SERVICE_TIME)));
        long rated = f.sum(DayFigures.RATING);
        long satisfied = 0;
        List<Report.Count> levels = new ArrayList<>();
        for (Rating r : Rating.values()) {
            long n = f.get(DayFigures.RATING, r.name());
            levels.add(new Report.Count(r.name(), n));
            satisfied += r.satisfied() ? n : 0;
        }
        List<Report.Count> reasons = new ArrayList<>();
        for (Reason r : Reason.values()) {
            reasons.add(new Report.Count(r.name(), f.get(DayFigures.REASON, r.name())));
        }
        Report.Satisfaction satisfaction = new Report.Satisfaction(rated, satisfied, share(satisfied, rated),
                share(rated, served), levels, reasons);
        boolean withToday = todayTickets != null;
        return new Report(setup.centre().nameVi(), from.toString(), to.toString(),
                (int) ChronoUnit.DAYS.between(from, to) + 1, generatedAt,
                withToday ? live(todayTickets, now) : null, totals, services(f), procedures(f),
                counts(f.of(DayFigures.ISSUED_CHANNEL)), counters(f), officers(f), hours(f), outcomes(f),
                satisfaction, new Report.Staff(staff(f, DayFigures.SERVED_COUNTER, StaffKeys.COUNTER),
                        staff(f, DayFigures.SERVED_OFFICER, StaffKeys.OFFICER)), desk(f), readiness(readiness));
    }

    /** The metric names of one side of the staff figures. */
    private record StaffKeys(String dim, String pauses, String paused, String idle, String online) {
        static final StaffKeys COUNTER = new StaffKeys(DayFigures.BY_COUNTER, DayFigures.PAUSES_COUNTER,
                DayFigures.PAUSED_COUNTER, DayFigures.IDLE_COUNTER, DayFigures.ONLINE_COUNTER);
        static final StaffKeys OFFICER = new StaffKeys(DayFigures.BY_OFFICER, DayFigures.PAUSES_OFFICER,
                DayFigures.PAUSED_OFFICER, DayFigures.IDLE_OFFICER, DayFigures.ONLINE_OFFICER);
    }

    private List<Report.StaffRow> staff(DayFigures f, String servedMetric, StaffKeys k) {
        Map<String, Histogram> times = f.histograms(DayFigures.SERVICE_TIME, k.dim());
        Set<String> ids = new java.util.TreeSet<>(f.of(servedMetric).keySet());
        ids.addAll(f.of(k.pauses()).keySet());
        ids.addAll(f.of(k.idle()).keySet());
        ids.remove(DayFigures.NONE);
        List<Report.StaffRow> out = new ArrayList<>();
        for (String id : ids) {
            long served = f.get(servedMetric, id);
            Histogram h = times.get(id);
            long busy = h == null ? 0 : h.total();
            long idle = f.get(k.idle(), id);
            long online = f.get(k.online(), id);
            String name = k == StaffKeys.COUNTER ? counterName(id) : id;
            // Under ten minutes of work one quick ticket would read as hundreds an hour: no figure then.
            Double perHour = busy + idle < MIN_WORK_SECONDS ? null
                    : Math.round(served * 3600.0 / (busy + idle) * 10) / 10.0;
            out.add(new Report.StaffRow(id, name, served, f.get(k.pauses(), id), f.get(k.paused(), id), idle, busy,
                    perHour, online, share(online, served)));
        }
        if (k == StaffKeys.COUNTER) {
            out.sort(Comparator.comparingInt(r -> counterOrder(r.id())));
        }
        return out;
    }

    private static int counterOrder(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private Report.Desk desk(DayFigures f) {
        List<Report.DeskRow> procedures = deskRows(f, DayFigures.DESK_PROCEDURE, id -> id.equals(DayFigures.NONE)
                ? null : catalog.procedure(id).map(Procedure::nameVi).orElse(id));
        List<Report.Count> reasons = new ArrayList<>();
        for (NotFiledReason r : NotFiledReason.values()) {
            reasons.add(new Report.Count(r.name(), f.get(DayFigures.DESK_REASON, r.name())));
        }
        return new Report.Desk(f.get(DayFigures.OUTCOME, Outcome.FILED_ONLINE.name()),
                f.get(DayFigures.OUTCOME, Outcome.VNEID_SET_UP.name()),
                f.get(DayFigures.OUTCOME, Outcome.SENT_TO_COUNTER.name()),
                f.get(DayFigures.OUTCOME, Outcome.NOT_FILED.name()),
                deskRows(f, DayFigures.DESK_OFFICER, id -> id), procedures, deskRows(f, DayFigures.DESK_DAY, id -> id),
                reasons);
    }

    private static List<Report.DeskRow> deskRows(DayFigures f, String prefix,
                                                 java.util.function.Function<String, String> name) {
        Set<String> keys = new java.util.TreeSet<>();
        for (Outcome o : Outcome.values()) {
            if (o.desk()) {
                keys.addAll(f.of(prefix + o.name()).keySet());
            }
        }
        List<Report.DeskRow> out = new ArrayList<>();
        for (String k : keys) {
            out.add(new Report.DeskRow(k, name.apply(k), f.get(prefix + Outcome.FILED_ONLINE.name(), k),
                    f.get(prefix + Outcome.VNEID_SET_UP.name(), k), f.get(prefix + Outcome.SENT_TO_COUNTER.name(), k),
                    f.get(prefix + Outcome.NOT_FILED.name(), k)));
        }
        return out;
    }

    private List<Report.ReadinessRow> readiness(List<ReadinessStore.Count> counts) {
        Map<String, long[]> byProcedure = new java.util.TreeMap<>();
        for (ReadinessStore.Count c : counts) {
            byProcedure.computeIfAbsent(c.procedureId(), id -> new long[3])[c.answer().ordinal()] += c.n();
        }
        List<Report.ReadinessRow> out = new ArrayList<>();
        byProcedure.forEach((id, n) -> {
            Procedure p = catalog.procedure(id).orElse(null);
            out.add(new Report.ReadinessRow(id, p == null ? null : p.nationalCode(), p == null ? id : p.nameVi(),
                    n[ReadinessAnswer.YES.ordinal()], n[ReadinessAnswer.NO.ordinal()],
                    n[ReadinessAnswer.UNSURE.ordinal()]));
        });
        return out;
    }

    private List<Report.ServiceRow> services(DayFigures f) {
        Map<String, Histogram> waits = f.histograms(DayFigures.WAIT, DayFigures.BY_SERVICE);
        Map<String, Histogram> times = f.histograms(DayFigures.SERVICE_TIME, DayFigures.BY_SERVICE);
        Set<String> ids = new LinkedHashSet<>();
        setup.queue().services().forEach(s -> ids.add(s.id()));
        // A service removed from the set-up still shows with the figures it had.
        ids.addAll(f.of(DayFigures.ISSUED_SERVICE).keySet());
        ids.addAll(waits.keySet());
        List<Report.ServiceRow> out = new ArrayList<>();
        for (String id : ids) {
            String name = setup.queue().service(id).map(ServiceDef::nameVi).orElse(id);
            long rated = f.get(DayFigures.RATED_SERVICE, id);
            out.add(new Report.ServiceRow(id, name, f.get(DayFigures.ISSUED_SERVICE, id),
                    f.get(DayFigures.SERVED_SERVICE, id), f.get(DayFigures.NO_SHOW_SERVICE, id),
                    stat(waits.get(id)), stat(times.get(id)), rated,
                    share(f.get(DayFigures.SATISFIED_SERVICE, id), rated)));
        }
        return out;
    }

    private List<Report.ProcedureRow> procedures(DayFigures f) {
        List<Report.ProcedureRow> out = new ArrayList<>();
        f.of(DayFigures.ISSUED_PROCEDURE).forEach((id, n) -> {
            if (id.equals(DayFigures.NONE)) {
                out.add(new Report.ProcedureRow(null, null, null, n));
            } else {
                Procedure p = catalog.procedure(id).orElse(null);
                out.add(new Report.ProcedureRow(id, p == null ? null : p.nationalCode(),
                        p == null ? id : p.nameVi(), n));
            }
        });
        out.sort(Comparator.comparingLong(Report.ProcedureRow::issued).reversed()
                .thenComparing(r -> r.id() == null ? "" : r.id()));
        return out;
    }

    private List<Report.CounterRow> counters(DayFigures f) {
        Map<String, Histogram> waits = f.histograms(DayFigures.WAIT, DayFigures.BY_COUNTER);
        Map<String, Histogram> times = f.histograms(DayFigures.SERVICE_TIME, DayFigures.BY_COUNTER);
        Set<String> ids = new LinkedHashSet<>();
        setup.queue().counters().forEach(c -> ids.add(Integer.toString(c.id())));
        ids.addAll(f.of(DayFigures.SERVED_COUNTER).keySet());
        ids.addAll(waits.keySet());
        List<Report.CounterRow> out = new ArrayList<>();
        for (String id : ids) {
            String name = counterName(id);
            long rated = f.get(DayFigures.RATED_COUNTER, id);
            out.add(new Report.CounterRow(id, name, f.get(DayFigures.SERVED_COUNTER, id), stat(waits.get(id)),
                    stat(times.get(id)), rated, share(f.get(DayFigures.SATISFIED_COUNTER, id), rated)));
        }
        return out;
    }

    private String counterName(String id) {
        try {
            return setup.queue().counter(Integer.parseInt(id)).map(CounterDef::nameVi).orElse(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }

    private List<Report.OfficerRow> officers(DayFigures f) {
        Map<String, Histogram> waits = f.histograms(DayFigures.WAIT, DayFigures.BY_OFFICER);
        Map<String, Histogram> times = f.histograms(DayFigures.SERVICE_TIME, DayFigures.BY_OFFICER);
        Set<String> names = new java.util.TreeSet<>(f.of(DayFigures.SERVED_OFFICER).keySet());
        names.addAll(waits.keySet());
        List<Report.OfficerRow> out = new ArrayList<>();
        for (String n : names) {
            out.add(new Report.OfficerRow(n, f.get(DayFigures.SERVED_OFFICER, n), stat(waits.get(n)),
                    stat(times.get(n))));
        }
        return out;
    }

    private static List<Report.HourRow> hours(DayFigures f) {
        List<Report.HourRow> out = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            String key = String.format("%02d", h);
            long issued = f.get(DayFigures.ISSUED_HOUR, key);
            long served = f.get(DayFigures.SERVED_HOUR, key);
            out.add(new Report.HourRow(h, issued, served));
        }
        return out;
    }

    private static List<Report.Count> outcomes(DayFigures f) {
        List<Report.Count> out = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            out.add(new Report.Count(o.name(), f.get(DayFigures.OUTCOME, o.name())));
        }
        return out;
    }

    private static List<Report.Count> counts(Map<String, Long> byKey) {
        return byKey.entrySet().stream().map(e -> new Report.Count(e.getKey(), e.getValue())).toList();
    }

    private static Report.Live live(List<Ticket> tickets, Instant now) {
        int waiting = 0;
        int called = 0;
        int serving = 0;
        int served = 0;
        int noShow = 0;
        Ticket longest = null;
        for (Ticket t : tickets) {
            switch (t.state()) {
                case WAITING -> {
                    waiting++;
                    if (longest == null || t.issuedAt().isBefore(longest.issuedAt())) {
                        longest = t;
                    }
                }
                case CALLED -> called++;
                case SERVING -> serving++;
                case COMPLETED -> served++;
                case NO_SHOW -> noShow++;
                default -> {
                    // expired tickets belong to a closed day
                }
            }
        }
        Integer longestWait = longest == null ? null
                : (int) Math.max(0, Duration.between(longest.issuedAt(), now).toSeconds());
        return new Report.Live(tickets.size(), waiting, called, serving, served, noShow, longestWait,
                longest == null ? null : longest.number());
    }

    static Report.Stat stat(Histogram h) {
        if (h == null || h.n() == 0) {
            return new Report.Stat(0, 0, 0, 0, 0);
        }
        return new Report.Stat(h.n(), Math.round(h.mean() * 10) / 10.0, h.percentile(0.5), h.percentile(0.9),
                h.max());
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
