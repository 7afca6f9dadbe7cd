// The words and number formats the CSV and PDF share: labels from the message files, minutes and percentages.
package vn.kiosk.app.report;

import java.util.Locale;

import vn.kiosk.app.wording.Messages;

final class ReportText {

    private final Locale locale;

    ReportText(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return Messages.get(locale, "report." + key, args);
    }

    String period(Report r) {
        return r.from().equals(r.to()) ? get("period_day", date(r.from()))
                : get("period_range", date(r.from()), date(r.to()), r.days());
    }

    /** 2026-11-23 as 23/11/2026, as Vietnamese documents write dates. */
    static String date(String iso) {
        return iso.substring(8, 10) + "/" + iso.substring(5, 7) + "/" + iso.substring(0, 4);
    }

    /** Seconds as minutes with one decimal, for the CSV: a decimal point, as spreadsheets and scripts read it. */
    static String minutes(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds / 60.0);
    }

    /** A share as a percentage with one decimal for the CSV, or a dash when there was nothing to share. */
    static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** Minutes as the reader's language writes them, for the PDF: Vietnamese 11,4, English 11.4. */
    String shownMinutes(double seconds) {
        return decimal(seconds / 60.0);
    }

    /** One decimal in the reader's language: Vietnamese 4,5, English 4.5. */
    String decimal(double v) {
        return String.format(locale, "%.1f", v);
    }

    /** A percentage for the PDF: Vietnamese "33,3 %" (a space before the sign), English "33.3%"; a dash for none. */
    String shownPercent(Double share) {
        if (share == null) {
            return "–";
        }
        return decimal(share * 100) + (locale.getLanguage().equals("vi") ? " %" : "%");
    }

    /** A count with the reader's thousands separator: Vietnamese 12.345, English 12,345. */
    String count(long n) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(n);
    }

    String outcome(String key) {
        return get("outcome." + key);
    }

    String channel(String key) {
        return get("channel." + key);
    }

    String rating(String key) {
        return get("rating." + key);
    }

    String reason(String key) {
        return get("reason." + key);
    }

    String procedure(Report.ProcedureRow p) {
        if (p.id() == null) {
            return get("no_procedure");
        }
        // The code first: a long name is cut at the column's end, the code never is.
        return p.code() == null ? p.name() : p.code() + " · " + p.name();
    }
}
