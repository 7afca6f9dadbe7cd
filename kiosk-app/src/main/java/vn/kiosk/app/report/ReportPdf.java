// The report as an A4 PDF: centre header, period, summary, bar charts drawn with PDFBox, tables, page numbers.
package vn.kiosk.app.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.kiosk.app.pdf.A4Pages;
import vn.kiosk.app.printing.PrintFonts;

final class ReportPdf {

    /** Narrow margins and tight lines: the tables are wide; the page number sits just below the bottom margin. */
    static final A4Pages.Style STYLE = new A4Pages.Style(42, 24, 10, 1.5f, 12.5f, 6, 1.6f);
    private static final float CELL = 9;
    private static final float ROW = 15;
    private static final Color ISSUED = new Color(0x0b, 0x4f, 0x9c);
    private static final Color SERVED = new Color(0x2e, 0x9e, 0x5b);
    private static final Color GRID = new Color(0xc8, 0xd2, 0xdc);
    private static final Color HEAD = new Color(0xe8, 0xee, 0xf5);

    private final PrintFonts fonts;

    ReportPdf(PrintFonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(Report r, ReportText text) {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(text.get("title") + " — " + text.period(r));
            doc.getDocumentInformation().setCreator(r.centre());
            A4Pages p = A4Pages.open(doc, fonts, STYLE);
            Canvas c = new Canvas(p, text.locale());
            p.centred(r.centre(), 11, false);
            p.rule();
            p.space(8);
            p.centred(text.get("title"), 16, true);
            p.centred(text.period(r), 12, false);
            p.centred(text.get("generated", r.generatedAt()), 9, false);
            p.space(10);
            if (r.live() != null) {
                Report.Live l = r.live();
                p.heading(text.get("live"));
                c.table(new float[] {0.5f, 0.5f}, null, List.of(
                        new String[] {text.get("issued"), text.count(l.issued())},
                        new String[] {text.get("waiting"), text.count(l.waiting())},
                        new String[] {text.get("served"), text.count(l.served())},
                        new String[] {text.get("no_show"), text.count(l.noShow())},
                        new String[] {text.get("longest_wait"), l.longestWaitSeconds() == null ? "–"
                                : text.get("minutes", text.shownMinutes(l.longestWaitSeconds()))
                                + " (" + l.longestWaitNumber() + ")"}));
            }
            summary(c, r, text);
            hoursChart(c, r, text);
            waitChart(c, r, text);
            satisfaction(c, r, text);
            tables(c, r, text);
            p.finish(null, (page, total) -> text.get("page", page, total));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report PDF", e);
        }
    }

    private static void summary(Canvas c, Report r, ReportText text) throws IOException {
        Report.Totals t = r.totals();
        c.pages.heading(text.get("summary"));
        c.table(new float[] {0.5f, 0.25f, 0.25f}, new String[] {"", text.get("count"), text.get("share")}, List.of(
                new String[] {text.get("issued"), text.count(t.issued()), ""},
                new String[] {text.get("served"), text.count(t.served()), ""},
                new String[] {text.get("no_show"), text.count(t.noShow()), ""},
                new String[] {text.get("expired"), text.count(t.expired()), ""},
                new String[] {text.get("transferred"), text.count(t.transferred()), ""},
                new String[] {text.get("priority"), text.count(t.priority()), text.shownPercent(t.priorityShare())},
                new String[] {text.get("guided_online"), text.count(t.guidedOnline()),
                        text.shownPercent(t.guidedOnlineShare())},
                new String[] {text.get("satisfied_share"), text.count(r.satisfaction().satisfied()),
                        text.shownPercent(r.satisfaction().share())}));
        c.pages.space(4);
        c.table(new float[] {0.36f, 0.16f, 0.16f, 0.16f, 0.16f}, new String[] {text.get("minute_unit"),
                text.get("mean"), text.get("median"), text.get("p90"), text.get("max")}, List.of(
                statRow(text, text.get("wait"), t.waitTime()), statRow(text, text.get("service_time"), t.serviceTime())));
    }

    private static String[] statRow(ReportText text, String label, Report.Stat s) {
        return new String[] {label, text.shownMinutes(s.meanSeconds()), text.shownMinutes(s.medianSeconds()),
                text.shownMinutes(s.p90Seconds()), text.shownMinutes(s.maxSeconds())};
    }

    /** Issued and served tickets per hour, side by side, over the hours that had any. */
    private static void hoursChart(Canvas c, Report r, ReportText text) throws IOException {
        List<Report.HourRow> hours = r.hours().stream().filter(h -> h.issued() > 0 || h.served() > 0).toList();
        c.pages.heading(text.get("by_hour"));
        if (hours.isEmpty()) {
            c.pages.line(text.get("no_data"), CELL, false);
            return;
        }
        int first = hours.getFirst().hour();
        int last = hours.getLast().hour();
        List<String> labels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int h = first; h <= last; h++) {
            Report.HourRow row = r.hours().get(h);
            labels.add(String.format("%02d", h));
            values.add(new double[] {row.issued(), row.served()});
        }
        c.barChart(labels, values, new Color[] {ISSUED, SERVED},
                new String[] {text.get("legend_issued"), text.get("legend_served")}, "%.0f");
    }

    /** The mean wait of each service that had calls, in minutes. */
    private static void waitChart(Canvas c, Report r, ReportText text) throws IOException {
        c.pages.heading(text.get("wait_by_service"));
        List<String> labels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (Report.ServiceRow s : r.services()) {
            if (s.waitTime().n() > 0) {
                labels.add(s.name());
                values.add(new double[] {s.waitTime().meanSeconds() / 60.0});
            }
        }
        if (labels.isEmpty()) {
            c.pages.line(text.get("no_data"), CELL, false);
            return;
        }
        c.hBarChart(labels, values, ISSUED, "%.1f");
    }

    private static void satisfaction(Canvas c, Report r, ReportText text) throws IOException {
        Report.Satisfaction s = r.satisfaction();
        c.pages.heading(text.get("satisfaction"));
        c.pages.line(text.get("satisfied_share") + ": " + text.shownPercent(s.share()) + " ("
                + s.satisfied() + "/" + s.rated() + ")", 10.5f, true);
        c.pages.line(text.get("response_rate") + ": " + text.shownPercent(s.responseRate()) + " ("
                + s.rated() + "/" + r.totals().served() + ")", 10, false);
        c.pages.space(4);
        List<String[]> rows = new ArrayList<>();
        s.levels().forEach(l -> rows.add(new String[] {text.rating(l.key()), text.count(l.n()),
                text.shownPercent(s.rated() == 0 ? null : (double) l.n() / s.rated())}));
        c.table(new float[] {0.5f, 0.25f, 0.25f}, new String[] {text.get("satisfaction"), text.get("count"),
                text.get("share")}, rows);
        List<String[]> reasons = new ArrayList<>();
        s.reasons().forEach(l -> reasons.add(new String[] {text.reason(l.key()), text.count(l.n())}));
        c.table(new float[] {0.5f, 0.25f}, new String[] {text.get("reasons"), text.get("count")}, reasons);
    }

    private static void tables(Canvas c, Report r, ReportText text) throws IOException {
        float[] w = {0.25f, 0.075f, 0.075f, 0.075f, 0.075f, 0.075f, 0.075f, 0.075f, 0.075f, 0.075f, 0.075f};
        c.pages.heading(text.get("by_service"));
        List<String[]> rows = new ArrayList<>();
        for (Report.ServiceRow s : r.services()) {
            rows.add(new String[] {s.name(), text.count(s.issued()), text.count(s.served()),
                    text.count(s.noShow()), text.shownMinutes(s.waitTime().meanSeconds()),
                    text.shownMinutes(s.waitTime().medianSeconds()), text.shownMinutes(s.waitTime().p90Seconds()),
                    text.shownMinutes(s.waitTime().maxSeconds()), text.shownMinutes(s.serviceTime().meanSeconds()),
                    text.shownMinutes(s.serviceTime().medianSeconds()), text.shownMinutes(s.serviceTime().p90Seconds())});
        }
        c.table(w, new String[] {text.get("name"), text.get("issued_short"), text.get("served"),
                text.get("no_show"), text.get("wait_mean_short"), text.get("median"), text.get("p90"),
                text.get("max"), text.get("service_mean_short"), text.get("median"), text.get("p90")}, rows);
        c.pages.line(text.get("table_note"), 8, false);
        float[] w2 = {0.22f, 0.09f, 0.09f, 0.09f, 0.09f, 0.09f, 0.09f, 0.09f, 0.08f, 0.07f};
        String[] head2 = {text.get("name"), text.get("served"), text.get("wait_mean_short"), text.get("median"),
                text.get("p90"), text.get("service_mean_short"), text.get("median"), text.get("p90"),
                text.get("rated"), text.get("share")};
        c.pages.heading(text.get("by_counter"));
        rows = new ArrayList<>();
        for (Report.CounterRow x : r.counters()) {
            rows.add(new String[] {x.name(), text.count(x.served()), text.shownMinutes(x.waitTime().meanSeconds()),
                    text.shownMinutes(x.waitTime().medianSeconds()), text.shownMinutes(x.waitTime().p90Seconds()),
                    text.shownMinutes(x.serviceTime().meanSeconds()), text.shownMinutes(x.serviceTime().medianSeconds()),
                    text.shownMinutes(x.serviceTime().p90Seconds()), text.count(x.rated()),
                    text.shownPercent(x.satisfaction())});
        }
        c.table(w2, head2, rows);
        c.pages.heading(text.get("by_officer"));
        rows = new ArrayList<>();
        for (Report.OfficerRow o : r.officers()) {
            rows.add(new String[] {o.username(), text.count(o.served()), text.shownMinutes(o.waitTime().meanSeconds()),
                    text.shownMinutes(o.waitTime().medianSeconds()), text.shownMinutes(o.waitTime().p90Seconds()),
                    text.shownMinutes(o.serviceTime().meanSeconds()), text.shownMinutes(o.serviceTime().medianSeconds()),
                    text.shownMinutes(o.serviceTime().p90Seconds())});
        }
        c.table(new float[] {0.22f, 0.11f, 0.11f, 0.11f, 0.11f, 0.11f, 0.11f, 0.12f},
                java.util.Arrays.copyOf(head2, 8), rows);
        c.pages.heading(text.get("by_channel") + " · " + text.get("outcomes"));
        List<String[]> counts = new ArrayList<>();
        r.channels().forEach(x -> counts.add(new String[] {text.channel(x.key()), text.count(x.n())}));
        r.outcomes().forEach(x -> counts.add(new String[] {text.outcome(x.key()), text.count(x.n())}));
        c.table(new float[] {0.5f, 0.2f}, null, counts);
        c.pages.heading(text.get("by_procedure"));
        List<String[]> procs = new ArrayList<>();
        r.procedures().forEach(p -> procs.add(new String[] {text.procedure(p), text.count(p.issued())}));
        c.table(new float[] {0.85f, 0.15f}, new String[] {text.get("name"), text.get("issued_short")}, procs);
        staffAndDesk(c, r, text);
    }

    /** Pauses, idle time and output per counter and officer; the assisted-online desk; the kiosk's VNeID question. */
    private static void staffAndDesk(Canvas c, Report r, ReportText text) throws IOException {
        float[] w = {0.22f, 0.11f, 0.11f, 0.11f, 0.11f, 0.11f, 0.11f, 0.12f};
        String[] head = {text.get("name"), text.get("served"), text.get("pauses"), text.get("paused_minutes"),
                text.get("idle_minutes"), text.get("served_per_hour"), text.get("guided_online"), text.get("share")};
        for (var part : List.of(java.util.Map.entry("staff_by_counter", r.staff().counters()),
                java.util.Map.entry("staff_by_officer", r.staff().officers()))) {
            c.pages.heading(text.get(part.getKey()));
            List<String[]> rows = new ArrayList<>();
            for (Report.StaffRow x : part.getValue()) {
                rows.add(new String[] {x.name(), text.count(x.served()), text.count(x.pauses()),
                        text.shownMinutes(x.pausedSeconds()), text.shownMinutes(x.idleSeconds()),
                        x.servedPerHour() == null ? "–" : text.decimal(x.servedPerHour()), text.count(x.guidedOnline()),
                        text.shownPercent(x.guidedOnlineShare())});
            }
            c.table(w, head, rows);
        }
        float[] wd = {0.4f, 0.15f, 0.15f, 0.15f, 0.15f};
        String[] deskHead = {text.get("name"), text.outcome("FILED_ONLINE"), text.outcome("VNEID_SET_UP"),
                text.outcome("SENT_TO_COUNTER"), text.outcome("NOT_FILED")};
        for (var part : List.of(java.util.Map.entry("desk_by_officer", r.desk().officers()),
                java.util.Map.entry("desk_by_procedure", r.desk().procedures()))) {
            c.pages.heading(text.get(part.getKey()));
            List<String[]> rows = new ArrayList<>();
            for (Report.DeskRow x : part.getValue()) {
                rows.add(new String[] {x.name() == null ? text.get("no_procedure") : x.name(),
                        text.count(x.filedOnline()), text.count(x.vneidSetUp()), text.count(x.sentToCounter()),
                        text.count(x.notFiled())});
            }
            c.table(wd, deskHead, rows);
        }
        List<String[]> reasons = new ArrayList<>();
        r.desk().reasons().forEach(x -> reasons.add(new String[] {text.get("desk_reason." + x.key()),
                text.count(x.n())}));
        c.table(new float[] {0.5f, 0.2f}, new String[] {text.get("desk_reasons"), text.get("count")}, reasons);
        c.pages.heading(text.get("readiness"));
        List<String[]> ready = new ArrayList<>();
        r.readiness().forEach(x -> ready.add(new String[] {x.code() == null ? x.name() : x.code() + " · " + x.name(),
                text.count(x.yes()), text.count(x.no()), text.count(x.unsure())}));
        c.table(new float[] {0.55f, 0.15f, 0.15f, 0.15f}, new String[] {text.get("name"), text.get("readiness.YES"),
                text.get("readiness.NO"), text.get("readiness.UNSURE")}, ready);
    }

    /** The report's tables and charts, drawn on the shared A4 pages. */
    static final class Canvas {
        final A4Pages pages;

        /** The reader's language: the chart's numbers are written as its text is (Vietnamese 12,5). */
        private final java.util.Locale locale;

        Canvas(A4Pages pages, java.util.Locale locale) {
            this.pages = pages;
            this.locale = locale;
        }

        /** Columns as fractions of the width; the header repeats on each new page. */
        void table(float[] columns, String[] header, List<String[]> rows) throws IOException {
            pages.room(header != null ? 4 * ROW : ROW);
            if (header != null) {
                row(columns, header, true);
            }
            for (String[] r : rows) {
                if (!pages.fits(ROW)) {
                    pages.newPage();
                    if (header != null) {
                        row(columns, header, true);
                    }
                }
                row(columns, r, false);
            }
            pages.space(6);
        }

        private void row(float[] columns, String[] cells, boolean head) throws IOException {
            float width = pages.width();
            float left = pages.left();
            float y = pages.y();
            PDPageContentStream cs = pages.content();
            float total = 0;
            for (float w : columns) {
                total += w * width;
            }
            PDType0Font f = head ? pages.bold() : pages.regular();
            // A header's words wrap in its narrow column; a body cell is cut to one line.
            List<List<String>> lines = new ArrayList<>();
            int most = 1;
            for (int i = 0; i < columns.length && i < cells.length; i++) {
                String cell = cells[i] == null ? "" : cells[i];
                float w = columns[i] * width - 6;
                List<String> l = new ArrayList<>();
                if (head) {
                    for (String part : pages.wrap(cell, f, CELL, w)) {
                        l.add(pages.fit(part, f, CELL, w));
                    }
                } else {
                    l.add(pages.fit(cell, f, CELL, w));
                }
                lines.add(l);
                most = Math.max(most, l.size());
            }
            float height = ROW + (most - 1) * (CELL + 2);
            if (head) {
                cs.setNonStrokingColor(HEAD);
                cs.addRect(left, y - height, total, height);
                cs.fill();
            }
            cs.setStrokingColor(GRID);
            cs.setLineWidth(0.5f);
            cs.moveTo(left, y - height);
            cs.lineTo(left + total, y - height);
            cs.stroke();
            cs.setNonStrokingColor(Color.BLACK);
            float x = left;
            for (int i = 0; i < lines.size(); i++) {
                float w = columns[i] * width;
                float ty = y - height + 4.5f + (lines.get(i).size() - 1) * (CELL + 2);
                for (String s : lines.get(i)) {
                    // Numbers line up on the right, names on the left.
                    float tx = i == 0 ? x + 3 : x + w - 3 - pages.width(s, f, CELL);
                    pages.text(s, f, CELL, tx, ty);
                    ty -= CELL + 2;
                }
                x += w;
            }
            pages.space(height);
        }

        /** Vertical bars, one group per label, with a legend, value axis and gridlines. */
        void barChart(List<String> labels, List<double[]> values, Color[] colours, String[] legend, String format)
                throws IOException {
            float height = 150;
            pages.room(height + 40);
            PDPageContentStream cs = pages.content();
            PDType0Font regular = pages.regular();
            double max = 0;
            for (double[] v : values) {
                for (double d : v) {
                    max = Math.max(max, d);
                }
            }
            double top = 4 * niceCeiling(max / 4, format.equals("%.0f"));
            float left = pages.left() + 34;
            float plotW = pages.width() - 34;
            float base = pages.y() - height;
            axis(left, base, plotW, height, top, format);
            float group = plotW / labels.size();
            float bar = Math.min(18, group * 0.8f / colours.length);
            for (int i = 0; i < labels.size(); i++) {
                float gx = left + i * group + (group - bar * colours.length) / 2;
                for (int k = 0; k < colours.length; k++) {
                    float h = (float) (values.get(i)[k] / top * height);
                    cs.setNonStrokingColor(colours[k]);
                    cs.addRect(gx + k * bar, base, bar - 1, h);
                    cs.fill();
                }
                cs.setNonStrokingColor(Color.BLACK);
                String label = labels.get(i);
                float labelX = left + i * group + (group - pages.width(label, regular, 8)) / 2;
                pages.text(label, regular, 8, labelX, base - 10);
            }
            float lx = left;
            for (int k = 0; k < colours.length; k++) {
                cs.setNonStrokingColor(colours[k]);
                cs.addRect(lx, base - 26, 9, 9);
                cs.fill();
                cs.setNonStrokingColor(Color.BLACK);
                pages.text(legend[k], regular, 9, lx + 13, base - 25);
                lx += 24 + pages.width(legend[k], regular, 9);
            }
            pages.space(pages.y() - (base - 36));
        }

        /** Horizontal bars with the label on the left and the value at the bar's end. */
        void hBarChart(List<String> labels, List<double[]> values, Color colour, String format) throws IOException {
            float bar = 14;
            float labelW = 150;
            double max = values.stream().mapToDouble(v -> v[0]).max().orElse(0);
            double top = niceCeiling(max, false);
            float plotW = pages.width() - labelW - 40;
            pages.room(labels.size() * (bar + 5) + 10);
            PDPageContentStream cs = pages.content();
            PDType0Font regular = pages.regular();
            float left = pages.left();
            for (int i = 0; i < labels.size(); i++) {
                float by = pages.y() - bar;
                cs.setNonStrokingColor(Color.BLACK);
                pages.text(pages.fit(labels.get(i), regular, 9, labelW - 6), regular, 9, left, by + 4);
                float w = (float) (values.get(i)[0] / top * plotW);
                cs.setNonStrokingColor(colour);
                cs.addRect(left + labelW, by, Math.max(1, w), bar);
                cs.fill();
                cs.setNonStrokingColor(Color.BLACK);
                pages.text(String.format(locale, format, values.get(i)[0]), regular, 9,
                        left + labelW + w + 4, by + 4);
                pages.space(bar + 5);
            }
            pages.space(8);
        }

        private void axis(float left, float base, float plotW, float height, double top, String format)
                throws IOException {
            PDPageContentStream cs = pages.content();
            cs.setLineWidth(0.5f);
            for (int i = 0; i <= 4; i++) {
                float gy = base + height * i / 4;
                cs.setStrokingColor(i == 0 ? Color.BLACK : GRID);
                cs.moveTo(left, gy);
                cs.lineTo(left + plotW, gy);
                cs.stroke();
                String v = String.format(locale, format, top * i / 4);
                cs.setNonStrokingColor(Color.BLACK);
                pages.text(v, pages.regular(), 8, left - 4 - pages.width(v, pages.regular(), 8), gy - 3);
            }
        }

        /** 1, 2, 2.5, 5 × 10^k at or above the value, so the axis reads in round numbers; whole for counts. */
        private static double niceCeiling(double v, boolean whole) {
            if (v <= 0) {
                return 1;
            }
            if (whole && v <= 1) {
                return 1;
            }
            double p = Math.pow(10, Math.floor(Math.log10(v)));
            for (double m : whole && p < 10 ? new double[] {1, 2, 5, 10} : new double[] {1, 2, 2.5, 5, 10}) {
                if (m * p >= v) {
                    return m * p;
                }
            }
            return 10 * p;
        }
    }
}
