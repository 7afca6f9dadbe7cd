// The league table's column titles and a row's cells as text, shared by the CSV and the PDF.
package vn.kiosk.hub.league;

import java.util.List;

import vn.kiosk.hub.web.Numbers;
import vn.kiosk.hub.web.Words;

final class LeagueText {

    static final List<String> COLUMNS = List.of("rank", "centre", "served", "wait_mean", "wait_median",
            "guided_share", "satisfaction", "rated_share", "no_shows", "uptime");

    private LeagueText() {
    }

    static List<String> headers(Words words, String lang) {
        return COLUMNS.stream().map(c -> words.get(lang, "league.col." + c)).toList();
    }

    static List<String> cells(LeagueRow r, String lang) {
        LeagueFigures f = r.figures();
        boolean waited = f.waitN() > 0;
        return List.of(r.rank() == null ? "–" : r.rank().toString(), r.centre(), Long.toString(f.served()),
                waited ? Numbers.minutes(f.waitMeanSeconds(), lang) : "–",
                waited ? Numbers.minutes(f.waitMedianSeconds(), lang) : "–",
                Numbers.percent(f.guidedShare(), lang), Numbers.percent(f.satisfaction(), lang),
                Numbers.percent(f.ratedShare(), lang), Long.toString(f.noShows()), Numbers.percent(r.uptime(), lang));
    }
}
