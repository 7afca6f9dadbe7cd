// Report routes for the leader and technician: a day or a range of days as JSON, CSV (Excel) or PDF.
package vn.kiosk.app.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.online.CompletionNotes;
import vn.kiosk.app.online.ReadinessStore;
import vn.kiosk.app.printing.PrintFonts;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.queue.Ticket;
import vn.kiosk.app.web.ApiError;
import vn.kiosk.app.web.JsonMapper;
import vn.kiosk.app.web.RequestLanguage;
import vn.kiosk.link.catalog.Catalog;

public final class ReportsService implements HttpService {

    /** A year and a day: a whole year's report, even a leap year's. */
    static final int MAX_DAYS = 366;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Rollups rollups;
    /** The set-up and catalog in force: a technician's rename on /tech shows in the next report. */
    private final Supplier<CentreSetup> setup;
    private final Supplier<Catalog> catalog;
    private final QueueEngine engine;
    private final ReportPdf pdf;
    private final Guard guard;
    private final ReadinessStore readiness;
    private final CompletionNotes notes;

    public ReportsService(Rollups rollups, QueueEngine engine, Supplier<CentreSetup> setup, Supplier<Catalog> catalog,
                          PrintFonts fonts,
                          Guard guard, ReadinessStore readiness, CompletionNotes notes) {
        this.readiness = readiness;
        this.notes = notes;
        this.rollups = rollups;
        this.engine = engine;
        this.setup = setup;
        this.catalog = catalog;
        this.pdf = new ReportPdf(fonts);
        this.guard = guard;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/daily", (req, res) -> json(res, report(req, daily(req))))
                .get("/daily.csv", (req, res) -> csv(req, res, daily(req)))
                .get("/daily.pdf", (req, res) -> pdf(req, res, daily(req)))
                .get("/range", (req, res) -> json(res, report(req, range(req))))
                .get("/range.csv", (req, res) -> csv(req, res, range(req)))
                .get("/range.pdf", (req, res) -> pdf(req, res, range(req)))
                .get("/dossier-ratings.csv", this::dossierRatings);
    }

    /** The day's ratings by dossier code, in the shape the province's one-stop software imports. */
    private void dossierRatings(ServerRequest req, ServerResponse res) {
        guard.require(req, Role.LEADER, Role.TECHNICIAN);
        LocalDate day = daily(req)[0];
        res.headers().set(HeaderNames.CONTENT_TYPE, "text/csv; charset=UTF-8");
        res.headers().set(HeaderNames.CONTENT_DISPOSITION,
                "attachment; filename=\"danh-gia-ho-so-" + day + ".csv\"");
        res.send(DossierRatingsCsv.render(notes.ratedOn(day), catalog.get(), rollups.zone()));
    }

    /** The report of the days from..to (inclusive), computed now. */
    public Report report(LocalDate from, LocalDate to) {
        Instant now = rollups.clock().instant();
        LocalDate today = engine.day();
        DayFigures figures = rollups.range(from, to);
        List<Ticket> live = !today.isBefore(from) && !today.isAfter(to) ? engine.tickets() : null;
        return new ReportBuilder(setup.get(), catalog.get()).build(from, to, figures, live, now, STAMP.format(now.atZone(rollups.zone())),
                readiness.between(from, to));
    }

    private Report report(ServerRequest req, LocalDate[] period) {
        guard.require(req, Role.LEADER, Role.TECHNICIAN);
        return report(period[0], period[1]);
    }

    /**
     * Serialised here, so the answer goes out whole with its length: streamed, a 20 KB report left the
     * server in pieces that a client's delayed acknowledgement held up by 40 ms.
     */
    private static void json(ServerResponse res, Report r) {
        try {
            res.headers().set(HeaderNames.CONTENT_TYPE, "application/json");
            res.send(JsonMapper.get().writeValueAsBytes(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a report as JSON", e);
        }
    }

    private void csv(ServerRequest req, ServerResponse res, LocalDate[] period) {
        Report r = report(req, period);
        res.headers().set(HeaderNames.CONTENT_TYPE, "text/csv; charset=UTF-8");
        attachment(res, r, "csv");
        res.send(ReportCsv.render(r, new ReportText(RequestLanguage.of(req))));
    }

    private void pdf(ServerRequest req, ServerResponse res, LocalDate[] period) {
        Report r = report(req, period);
        res.headers().set(HeaderNames.CONTENT_TYPE, "application/pdf");
        attachment(res, r, "pdf");
        res.send(pdf.render(r, new ReportText(RequestLanguage.of(req))));
    }

    private static void attachment(ServerResponse res, Report r, String ext) {
        String name = r.from().equals(r.to()) ? "bao-cao-" + r.from() : "bao-cao-" + r.from() + "_" + r.to();
        res.headers().set(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + ext + "\"");
    }

    private LocalDate[] daily(ServerRequest req) {
        LocalDate day = req.query().first("date").map(ReportsService::date).orElseGet(engine::day);
        return new LocalDate[] {day, day};
    }

    private LocalDate[] range(ServerRequest req) {
        String from = req.query().first("from").orElseThrow(() -> ApiError.badRequest("error.report_range_required"));
        String to = req.query().first("to").orElseThrow(() -> ApiError.badRequest("error.report_range_required"));
        LocalDate a = date(from);
        LocalDate b = date(to);
        if (b.isBefore(a)) {
            throw ApiError.badRequest("error.report_range_order", from, to);
        }
        if (ChronoUnit.DAYS.between(a, b) + 1 > MAX_DAYS) {
            throw ApiError.badRequest("error.report_range_too_long", MAX_DAYS);
        }
        return new LocalDate[] {a, b};
    }

    private static LocalDate date(String raw) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeException e) {
            throw ApiError.badRequest("error.bad_date", raw);
        }
    }
}
