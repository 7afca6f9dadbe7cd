// GET /api/v1/league (JSON), /api/v1/league.csv and /api/v1/league.pdf for province leaders and technicians.
package vn.kiosk.hub.league;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.hub.auth.Guard;
import vn.kiosk.hub.auth.Role;
import vn.kiosk.hub.web.ApiError;
import vn.kiosk.hub.web.Period;
import vn.kiosk.hub.web.Words;

public final class LeagueService implements HttpService {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final League league;
    private final Guard guard;
    private final Words words;
    private final LeaguePdf pdf;
    private final ZoneId zone;
    private final Clock clock;

    /** @param font and boldFont from hub.pdf; blank means Debian's Noto Sans, else DejaVu Sans */
    public LeagueService(League league, Guard guard, Words words, String font, String boldFont, ZoneId zone,
                         Clock clock) {
        this.league = league;
        this.guard = guard;
        this.words = words;
        this.pdf = new LeaguePdf(font, boldFont);
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/league", (req, res) -> res.send(table(req)))
                .get("/league.csv", (req, res) -> {
                    LeagueTable t = table(req);
                    download(res, "text/csv; charset=UTF-8", "league.csv");
                    res.send(LeagueCsv.write(t, words, Words.language(req)));
                })
                .get("/league.pdf", (req, res) -> {
                    LeagueTable t = table(req);
                    String generated = GENERATED.format(clock.instant().atZone(zone));
                    byte[] body = pdf.render(t, words, Words.language(req), generated);
                    download(res, "application/pdf", "league.pdf");
                    res.send(body);
                });
    }

    private LeagueTable table(ServerRequest req) {
        guard.require(req, Role.LEADER, Role.TECHNICIAN);
        LocalDate lastClosed = LocalDate.now(clock.withZone(zone)).minusDays(1);
        Period p = Period.of(req, lastClosed);
        String sortName = req.query().first("sort").orElse(LeagueColumn.SERVED.apiName());
        LeagueColumn sort = LeagueColumn.named(sortName).orElseThrow(() -> ApiError.badRequest("bad_sort",
                sortName.length() > 30 ? sortName.substring(0, 30) : sortName));
        String dir = req.query().first("dir").orElse(sort == LeagueColumn.CENTRE ? "asc" : "desc");
        if (!dir.equals("asc") && !dir.equals("desc")) {
            throw ApiError.badRequest("bad_dir");
        }
        return league.table(p.from(), p.to(), sort, dir.equals("asc"), lastClosed);
    }

    private static void download(ServerResponse res, String type, String name) {
        res.headers().set(HeaderNames.CONTENT_TYPE, type);
        res.headers().set(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        res.headers().set(HeaderNames.CACHE_CONTROL, "no-store");
    }
}
