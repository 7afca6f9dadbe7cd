// The report as CSV for Excel: UTF-8 with a byte order mark (so Vietnamese opens right), one section after another.
package vn.kiosk.app.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

final class ReportCsv {

    private static final String BOM = "\uFEFF";

    private final ReportText text;
    private final StringBuilder out = new StringBuilder(BOM);

    private ReportCsv(ReportText text) {
        this.text = text;
    }

    static byte[] render(Report r, ReportText text) {
        ReportCsv csv = new ReportCsv(text);
        csv.write(r);
        return csv.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void write(Report r) {
        row(text.get("title"), r.centre());
        row(text.period(r));
        row(text.get("generated", r.generatedAt()));
        blank();
        if (r.live() != null) {
            Report.Live l = r.live();
            row(text.get("live"));
            row(text.get("issued"), l.issued());
            row(text.get("waiting"), l.waiting());
            row(text.get("served"), l.served());
            row(text.get("no_show"), l.noShow());
            row(text.get("longest_wait"), l.longestWaitSeconds() == null ? ""
                    : ReportText.minutes(l.longestWaitSeconds()), l.longestWaitNumber());
            blank();
        }
        Report.Totals t = r.totals();
        row(text.get("summary"), text.get("count"), text.get("share"));
        row(text.get("issued"), t.issued());
        row(text.get("served"), t.served());
        row(text.get("no_show"), t.noShow());
        row(text.get("expired"), t.expired());
        row(text.get("transferred"), t.transferred());
        row(text.get("priority"), t.priority(), ReportText.percent(t.priorityShare()));
        row(text.get("guided_online"), t.guidedOnline(), ReportText.percent(t.guidedOnlineShare()));
        row(text.get("rated"), r.satisfaction().rated(), ReportText.percent(r.satisfaction().responseRate()));
        row(text.get("satisfied_share"), r.satisfaction().satisfied(), ReportText.percent(r.satisfaction().share()));
        blank();
        List<Object> statHead = statHeader();
        row(text.get("minute_unit"), text.get("mean"), text.get("median"), text.get("p90"), text.get("max"));
        row(concat(List.of(text.get("wait")), statCells(t.waitTime())));
        row(concat(List.of(text.get("service_time")), statCells(t.serviceTime())));
        blank();
        row(concat(List.of(text.get("by_service"), text.get("issued"), text.get("served"), text.get("no_show")),
                statHead, List.of(text.get("rated"), text.get("satisfied_share"))));
        for (Report.ServiceRow s : r.services()) {
            row(concat(List.of(s.name(), s.issued(), s.served(), s.noShow()), statCells(s.waitTime()),
                    statCells(s.serviceTime()), List.of(s.rated(), ReportText.percent(s.satisfaction()))));
        }
        blank();
        row(concat(List.of(text.get("by_counter"), text.get("served")), statHead,
                List.of(text.get("rated"), text.get("satisfied_share"))));
        for (Report.CounterRow c : r.counters()) {
            row(concat(List.of(c.name(), c.served()), statCells(c.waitTime()), statCells(c.serviceTime()),
                    List.of(c.rated(), ReportText.percent(c.satisfaction()))));
        }
        blank();
        row(concat(List.of(text.get("by_officer"), text.get("served")), statHead));
        for (Report.OfficerRow o : r.officers()) {
            row(concat(List.of(o.username(), o.served()), statCells(o.waitTime()), statCells(o.serviceTime())));
        }
        blank();
        row(text.get("by_procedure"), text.get("issued"));
        for (Report.ProcedureRow p : r.procedures()) {
            row(text.procedure(p), p.issued());
        }
        blank();
        row(text.get("by_channel"), text.get("issued"));
        r.channels().forEach(c -> row(text.channel(c.key()), c.n()));
        blank();
        row(text.get("hour"), text.get("legend_issued"), text.get("legend_served"));
        r.hours().stream().filter(h -> h.issued() > 0 || h.served() > 0)
                .forEach(h -> row(String.format("%02d:00", h.hour()), h.issued(), h.served()));
        blank();
        row(text.get("outcomes"), text.get("count"));
        r.outcomes().forEach(o -> row(text.outcome(o.key()), o.n()));
        blank();
        row(text.get("satisfaction"), text.get("count"));
        r.satisfaction().levels().forEach(l -> row(text.rating(l.key()), l.n()));
        row(text.get("reasons"), text.get("count"));
        r.satisfaction().reasons().forEach(l -> row(text.reason(l.key()), l.n()));
        blank();
        staff(text.get("staff_by_counter"), r.staff().counters());
        staff(text.get("staff_by_officer"), r.staff().officers());
        desk(r.desk());
        row(text.get("readiness"), text.get("readiness.YES"), text.get("readiness.NO"), text.get("readiness.UNSURE"));
        r.readiness().forEach(x -> row(x.code() == null ? x.name() : x.code() + " · " + x.name(), x.yes(), x.no(),
                x.unsure()));
    }

    private void staff(String title, List<Report.StaffRow> rows) {
        row(title, text.get("served"), text.get("pauses"), text.get("paused_minutes"), text.get("idle_minutes"),
                text.get("served_per_hour"), text.get("guided_online"), text.get("share"));
        for (Report.StaffRow s : rows) {
            row(s.name(), s.served(), s.pauses(), ReportText.minutes(s.pausedSeconds()),
                    ReportText.minutes(s.idleSeconds()), s.servedPerHour() == null ? "–" : s.servedPerHour(),
                    s.guidedOnline(), ReportText.percent(s.guidedOnlineShare()));
        }
        blank();
    }

    private void desk(Report.Desk d) {
        List<Object> head = List.of(text.outcome("FILED_ONLINE"), text.outcome("VNEID_SET_UP"),
                text.outcome("SENT_TO_COUNTER"), text.outcome("NOT_FILED"));
        for (var part : List.of(java.util.Map.entry("desk_by_officer", d.officers()),
                java.util.Map.entry("desk_by_procedure", d.procedures()), java.util.Map.entry("desk_by_day", d.days()))) {
            row(concat(List.of(text.get(part.getKey())), head));
            for (Report.DeskRow x : part.getValue()) {
                String name = x.name() == null ? text.get("no_procedure")
                        : part.getKey().equals("desk_by_day") ? ReportText.date(x.name()) : x.name();
                row(name, x.filedOnline(), x.vneidSetUp(), x.sentToCounter(), x.notFiled());
            }
            blank();
        }
        row(text.get("desk_reasons"), text.get("count"));
        d.reasons().forEach(x -> row(text.get("desk_reason." + x.key()), x.n()));
        blank();
    }

    private List<Object> statHeader() {
        String wait = text.get("wait") + " – ";
        String svc = text.get("service_time") + " – ";
        List<Object> h = new ArrayList<>();
        for (String prefix : List.of(wait, svc)) {
            h.add(prefix + text.get("mean") + " (" + text.get("minute_unit") + ")");
            h.add(prefix + text.get("median") + " (" + text.get("minute_unit") + ")");
            h.add(prefix + text.get("p90") + " (" + text.get("minute_unit") + ")");
            h.add(prefix + text.get("max") + " (" + text.get("minute_unit") + ")");
        }
        return h;
    }

    private static List<Object> statCells(Report.Stat s) {
        return List.of(ReportText.minutes(s.meanSeconds()), ReportText.minutes(s.medianSeconds()),
                ReportText.minutes(s.p90Seconds()), ReportText.minutes(s.maxSeconds()));
    }

    @SafeVarargs
    private static List<Object> concat(List<?>... parts) {
        List<Object> all = new ArrayList<>();
        for (List<?> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    /** A row; a cell that is null (a figure the day does not have, such as no longest wait) is left empty. */
    private void row(Object... cells) {
        row(Arrays.asList(cells));
    }

    private void row(List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(String.valueOf(cells.get(i) == null ? "" : cells.get(i))));
        }
        out.append("\r\n");
    }

    private void blank() {
        out.append("\r\n");
    }

    /** Quotes a cell when it holds a comma, a quote or a line break; a leading = + - @ is defused for Excel. */
    static String cell(String v) {
        String s = v;
        if (!s.isEmpty() && "=+@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
