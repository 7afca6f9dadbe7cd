// The league table as a CSV file for Excel: UTF-8 with a byte order mark, the words and numbers of the language.
package vn.kiosk.hub.league;

import java.nio.charset.StandardCharsets;
import java.util.List;

import vn.kiosk.hub.web.Numbers;
import vn.kiosk.hub.web.Words;

final class LeagueCsv {

    private LeagueCsv() {
    }

    static byte[] write(LeagueTable t, Words words, String lang) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.of(words.get(lang, "league.title"), words.get(lang, "league.period",
                Numbers.day(t.from()), Numbers.day(t.to()))));
        line(out, LeagueText.headers(words, lang));
        for (LeagueRow r : t.rows()) {
            line(out, LeagueText.cells(r, lang));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            out.append(i == 0 ? "" : ",");
            // Quoted when it holds the separator, a quote or a line break (a Vietnamese decimal comma among them).
            out.append(c.matches(".*[,\"\\r\\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        out.append("\r\n");
    }
}
