// Ticket routes: take a number (public), follow one by its token (public), list a day's tickets (staff).
package vn.kiosk.app.issuing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.auth.AuditTrail;
import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.auth.Session;
import vn.kiosk.app.catalog.CatalogService;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.health.KioskMetrics;
import vn.kiosk.app.printing.PrintStatus;
import vn.kiosk.app.printing.TicketPrinting;
import vn.kiosk.app.queue.Channel;
import vn.kiosk.app.queue.CounterDef;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.queue.QueueRejection;
import vn.kiosk.app.queue.QueueSetup;
import vn.kiosk.app.queue.ServiceDef;
import vn.kiosk.app.queue.Ticket;
import vn.kiosk.app.store.DurableQueue;
import vn.kiosk.app.view.TicketView;
import vn.kiosk.app.view.Views;
import vn.kiosk.app.web.ApiError;
import vn.kiosk.app.web.JsonBody;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.Procedure;

public final class TicketsService implements HttpService {

    /**
     * {@code print} false asks for no paper (a phone, a console, a second kiosk with its own printer).
     * {@code requestKey}, sent again with the same request, answers with the ticket it already issued.
     */
    record IssueRequest(String serviceId, String procedureId, Boolean priority, Boolean print, String requestKey) {
    }

    record DayTickets(String date, List<TicketView> tickets) {
    }

    /** Staff standing at the printer want to know at once whether it worked. */
    private static final java.time.Duration REPRINT_WAIT = java.time.Duration.ofSeconds(3);

    private final DurableQueue queue;
    private final Supplier<CentreSetup> setup;
    private final Supplier<Catalog> catalog;
    private final AuditTrail audit;
    private final TicketPrinting printing;
    private final Guard guard;
    private final Views views;
    private final KioskMetrics metrics;
    private final FollowView follow;
    private final IssueReplays replays = new IssueReplays();

    /** The set-up and catalog are read on each request, so that the technician's changes apply at once. */
    public TicketsService(DurableQueue queue, Supplier<CentreSetup> setup, Supplier<Catalog> catalog,
                          TicketPrinting printing, Guard guard, KioskMetrics metrics, AuditTrail audit) {
        this.queue = queue;
        this.setup = setup;
        this.catalog = catalog;
        this.audit = audit;
        this.printing = printing;
        this.guard = guard;
        this.metrics = metrics;
        this.views = new Views(queue.engine());
        this.follow = new FollowView(queue.engine(), printing);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::issue)
                .get("/", this::dayTickets)
                .get("/follow/{token}", this::follow)
                .post("/{id}/reactivate", this::reactivate)
                .post("/{id}/reprint", this::reprint);
    }

    private void issue(ServerRequest req, ServerResponse res) {
        IssueRequest body = JsonBody.read(req, IssueRequest.class);
        String key = body.requestKey();
        if (key != null && (key.isBlank() || key.length() > IssueReplays.MAX_KEY_LENGTH)) {
            throw ApiError.badRequest("error.bad_request_key", IssueReplays.MAX_KEY_LENGTH);
        }
        IssueAnswer answer = replays.once(key, () -> issue(body));
        res.status(Status.CREATED_201);
        res.send(answer);
    }

    private IssueAnswer issue(IssueRequest body) {
        String serviceId = body.serviceId();
        Procedure procedure = null;
        if (body.procedureId() != null) {
            procedure = CatalogService.require(catalog.get(), body.procedureId());
            if (serviceId == null) {
                serviceId = setup.get().serviceFor(procedure).orElseThrow();
            }
        }
        if (serviceId == null || serviceId.isBlank()) {
            throw ApiError.badRequest("error.service_required");
        }
        QueueEngine.Issued issued = queue.issue(serviceId, procedure == null ? null : procedure.id(),
                Boolean.TRUE.equals(body.priority()), Channel.KIOSK, null);
        metrics.ticketIssued();
        Ticket t = issued.ticket();
        // The number is on disk now; printing comes after and cannot take it back.
        PrintStatus print = Boolean.FALSE.equals(body.print())
                ? new PrintStatus("NOT_REQUESTED", null, null)
                : printing.printTicket(t, issued.waitingAhead());
        QueueSetup queueSetup = queue.engine().setup();
        ServiceDef service = queueSetup.service(t.serviceId()).orElseThrow();
        return new IssueAnswer(t.id(), t.number(), t.serviceId(), service.nameVi(), service.nameEn(),
                queueSetup.countersOf(t.serviceId()).stream()
                        .map(c -> new IssueAnswer.CounterRef(c.id(), c.nameVi(), c.nameEn())).toList(),
                t.procedureId(), t.priority(), views.time(t.issuedAt()), issued.waitingAhead(),
                issued.estimatedWaitMinutes(), t.followToken(), printing.followUrl(t), print);
    }

    private void follow(ServerRequest req, ServerResponse res) {
        String token = req.path().pathParameters().get("token");
        res.send(follow.of(token).orElseThrow(() -> new ApiError(404, "not_found", "error.follow_not_found")));
    }

    private void dayTickets(ServerRequest req, ServerResponse res) {
        guard.require(req, Role.STAFF, Role.LEADER, Role.TECHNICIAN);
        String date = req.query().first("date").orElse(null);
        LocalDate day;
        try {
            day = date == null ? queue.engine().day() : LocalDate.parse(date);
        } catch (DateTimeException e) {
            throw ApiError.badRequest("error.bad_date", date);
        }
        res.send(new DayTickets(day.toString(), queue.ticketsOf(day).stream().map(views::ticket).toList()));
    }

    private void reprint(ServerRequest req, ServerResponse res) {
        Session session = guard.require(req, Role.STAFF);
        String id = req.path().pathParameters().get("id");
        Ticket t = queue.engine().find(id)
                .orElseThrow(() -> new QueueRejection(QueueRejection.Reason.UNKNOWN_TICKET, id));
        // The queue's events record calls; a reprint is no queue change, so the audit log keeps it.
        audit.record(session.username(), "ticket.reprint", t.id(), null, Guard.addressText(req));
        res.send(printing.reprint(t, queue.engine().position(t).ahead(), REPRINT_WAIT));
    }

    private void reactivate(ServerRequest req, ServerResponse res) {
        var session = guard.require(req, Role.STAFF);
        String id = req.path().pathParameters().get("id");
        res.send(views.ticket(queue.reactivate(id, session.username()).ticket()));
    }
}
