// Rating routes: a citizen rates a served ticket once, from the phone (token), the counter tablet or a kiosk scan.
package vn.kiosk.app.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.online.CompletionNotes;
import vn.kiosk.app.online.DossierCode;
import vn.kiosk.app.page.QrSvg;
import vn.kiosk.app.queue.CounterDef;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.queue.ServiceDef;
import vn.kiosk.app.queue.Ticket;
import vn.kiosk.app.queue.TicketState;
import vn.kiosk.app.web.ApiError;
import vn.kiosk.app.web.JsonBody;

public final class FeedbackService implements HttpService {

    /**
     * Which ticket: {@code token} (the follow page), or {@code number} with {@code counterId} (the counter
     * tablet, only for the ticket just completed there), or {@code number} with {@code scanned} (the kiosk,
     * only for a ticket scanned there a moment ago), or {@code dossierCode} (the code the one-stop software gave
     * the dossier, entered by the officer at completion).
     */
    record FeedbackRequest(String token, String number, Integer counterId, Boolean scanned, String dossierCode,
                           String rating, List<String> reasons) {
    }

    /** The answer to a stored rating. */
    record Rated(String number, String rating, List<String> reasons) {
    }

    /** A ticket as a rating screen shows it: whether it may be rated now, and its rating once given. */
    record Offer(String number, String serviceId, String serviceName, String serviceNameEn, Integer counterId,
                 String counterName, String counterNameEn, String state, boolean rateable, String rating,
                 List<String> reasonChoices, String complaintUrl) {
    }

    /**
     * How long the tablet offers a completed ticket, how long after its completion a ticket may be rated, and the
     * national feedback and complaint page (phản ánh, kiến nghị) the rating screens point to; empty: none.
     */
    public record Settings(Duration counterWindow, Duration rateWithin, String complaintUrl) {
    }

    private static final List<String> REASONS = Arrays.stream(Reason.values()).map(Enum::name).toList();

    private final QueueEngine engine;
    private final FeedbackStore store;
    private final KioskScans scans;
    private final Clock clock;
    private final Settings settings;
    private final Consumer<LocalDate> lateRating;
    private final CompletionNotes notes;

    /**
     * @param lateRating told the day of a rating given after that day closed, so its figures are rolled up again
     */
    public FeedbackService(QueueEngine engine, FeedbackStore store, KioskScans scans, Clock clock, Settings settings,
                           Consumer<LocalDate> lateRating, CompletionNotes notes) {
        this.engine = engine;
        this.notes = notes;
        this.store = store;
        this.scans = scans;
        this.clock = clock;
        this.settings = settings;
        this.lateRating = lateRating;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::rate)
                .get("/counter/{id}", this::counterOffer)
                .get("/scanned/{number}", this::scannedOffer)
                .get("/complaint-qr.svg", this::complaintQr)
                .get("/{token}", this::byToken);
    }

    private void complaintQr(ServerRequest req, ServerResponse res) {
        if (settings.complaintUrl().isBlank()) {
            throw new ApiError(404, "not_found", "error.no_complaint_page");
        }
        QrSvg.send(res, settings.complaintUrl());
    }

    private void rate(ServerRequest req, ServerResponse res) {
        FeedbackRequest body = JsonBody.read(req, FeedbackRequest.class);
        Rating rating = Rating.parse(body.rating())
                .orElseThrow(() -> new ApiError(400, "bad_rating", "error.bad_rating", String.valueOf(body.rating())));
        List<Reason> reasons = reasons(rating, body.reasons());
        RatedTicket t = resolve(body);
        if (!t.completed()) {
            throw new ApiError(409, "not_served", "error.feedback_not_served", t.number());
        }
        if (!withinReach(t)) {
            throw new ApiError(409, "rating_closed", "error.feedback_closed", t.number());
        }
        Feedback f = new Feedback(t.id(), t.day(), clock.instant(), rating, reasons, t.counterId(), t.serviceId(),
                t.procedureId());
        if (!store.insert(f)) {
            throw new ApiError(409, "already_rated", "error.feedback_already", t.number());
        }
        if (t.day().isBefore(engine.day())) {
            lateRating.accept(t.day());
        }
        res.status(Status.CREATED_201);
        res.send(new Rated(t.number(), rating.name(), reasons.stream().map(Enum::name).toList()));
    }

    private void byToken(ServerRequest req, ServerResponse res) {
        String token = req.path().pathParameters().get("token");
        res.send(offer(byToken(token).orElseThrow(FeedbackService::unknownToken)));
    }

    /** The ticket just completed at this counter, for the tablet beside it; 204 when there is none. */
    private void counterOffer(ServerRequest req, ServerResponse res) {
        int counter = counterId(req.path().pathParameters().get("id"));
        Optional<RatedTicket> t = justCompleted(counter);
        if (t.isEmpty()) {
            res.status(Status.NO_CONTENT_204).send();
            return;
        }
        res.send(offer(t.get()));
    }

    /** A ticket scanned at the kiosk a moment ago, for its "my ticket" screen. */
    private void scannedOffer(ServerRequest req, ServerResponse res) {
        String number = req.path().pathParameters().get("number");
        res.send(offer(scans.token(number).flatMap(this::byToken).orElseThrow(FeedbackService::unknownToken)));
    }

    private RatedTicket resolve(FeedbackRequest body) {
        if (body.token() != null && !body.token().isBlank()) {
            return byToken(body.token().strip()).orElseThrow(FeedbackService::unknownToken);
        }
        if (body.dossierCode() != null && !body.dossierCode().isBlank()) {
            // The code is never echoed in the error: error answers and their messages may reach a log.
            DossierCode code = DossierCode.parse(body.dossierCode())
                    .orElseThrow(() -> new ApiError(400, "bad_dossier_code", "error.bad_dossier_code"));
            return notes.ticketOf(code).flatMap(this::byId)
                    .orElseThrow(() -> new ApiError(404, "unknown_dossier", "error.unknown_dossier"));
        }
        String number = body.number() == null ? "" : body.number().strip();
        if (number.isEmpty()) {
            throw new ApiError(400, "ticket_required", "error.feedback_ticket_required");
        }
        if (body.counterId() != null) {
            return justCompleted(counterId(body.counterId().toString()))
                    .filter(t -> t.number().equals(number))
                    .orElseThrow(() -> new ApiError(409, "rating_closed", "error.feedback_closed", number));
        }
        if (Boolean.TRUE.equals(body.scanned())) {
            return scans.token(number).flatMap(this::byToken)
                    .orElseThrow(() -> new ApiError(409, "rating_closed", "error.feedback_scan_again", number));
        }
        throw new ApiError(400, "ticket_required", "error.feedback_ticket_required");
    }

    /** Today's ticket from the queue, else an earlier day's from the database. */
    private Optional<RatedTicket> byToken(String token) {
        Optional<Ticket> today = engine.findByToken(token);
        return today.isPresent() ? today.map(RatedTicket::of) : store.ticketByToken(token);
    }

    private Optional<RatedTicket> byId(String ticketId) {
        Optional<Ticket> today = engine.find(ticketId);
        return today.isPresent() ? today.map(RatedTicket::of) : store.ticketById(ticketId);
    }

    private Optional<RatedTicket> justCompleted(int counter) {
        Instant since = clock.instant().minus(settings.counterWindow());
        return engine.tickets().stream()
                .filter(t -> t.state() == TicketState.COMPLETED && Integer.valueOf(counter).equals(t.counterId()))
                .filter(t -> !t.finishedAt().isBefore(since))
                .max(Comparator.comparing(Ticket::finishedAt))
                .map(RatedTicket::of);
    }

    private boolean withinReach(RatedTicket t) {
        return t.finishedAt() != null && !clock.instant().isAfter(t.finishedAt().plus(settings.rateWithin()));
    }

    private Offer offer(RatedTicket t) {
        Optional<Feedback> given = store.ofTicket(t.id());
        ServiceDef service = engine.setup().service(t.serviceId()).orElse(null);
        CounterDef counter = t.counterId() == null ? null : engine.setup().counter(t.counterId()).orElse(null);
        boolean rateable = t.completed() && given.isEmpty() && withinReach(t);
        return new Offer(t.number(), t.serviceId(), service == null ? t.serviceId() : service.nameVi(),
                service == null ? t.serviceId() : service.nameEn(), t.counterId(),
                counter == null ? null : counter.nameVi(), counter == null ? null : counter.nameEn(), t.state(),
                rateable, given.map(f -> f.rating().name()).orElse(null), REASONS, settings.complaintUrl());
    }

    private static List<Reason> reasons(Rating rating, List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        if (rating != Rating.KHONG_HAI_LONG) {
            throw new ApiError(400, "bad_reason", "error.feedback_reasons_only_unhappy");
        }
        List<Reason> out = new ArrayList<>();
        for (String r : raw) {
            Reason reason = Reason.parse(r)
                    .orElseThrow(() -> new ApiError(400, "bad_reason", "error.feedback_bad_reason", String.valueOf(r)));
            if (!out.contains(reason)) {
                out.add(reason);
            }
        }
        return out;
    }

    private static int counterId(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new ApiError(404, "unknown_counter", "error.bad_counter_id", raw);
        }
    }

    private static ApiError unknownToken() {
        return new ApiError(404, "not_found", "error.feedback_unknown_ticket");
    }
}
