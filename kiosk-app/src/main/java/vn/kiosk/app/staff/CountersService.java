// Counter routes for signed-in staff: call next or a given ticket, recall, no-show, start, complete, transfer, pause.
package vn.kiosk.app.staff;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.auth.Session;
import vn.kiosk.app.health.KioskMetrics;
import vn.kiosk.app.online.DeskCompletion;
import vn.kiosk.app.queue.CounterState;
import vn.kiosk.app.queue.Outcome;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.queue.QueueRejection;
import vn.kiosk.app.store.DurableQueue;
import vn.kiosk.app.view.CounterView;
import vn.kiosk.app.view.TicketView;
import vn.kiosk.app.view.Views;
import vn.kiosk.app.web.ApiError;
import vn.kiosk.app.web.JsonBody;

public final class CountersService implements HttpService {

    record CallRequest(String ticketId) {
    }

    /** {@code dossierCode}: the code the one-stop software gave, optional; {@code reasons}: with NOT_FILED only. */
    record CompleteRequest(String outcome, String dossierCode, List<String> reasons) {
    }

    record TransferRequest(String serviceId) {
    }

    /** A counter and the waiting tickets of the services it serves, in calling order. */
    record CounterDetail(CounterView counter, TicketView current, List<TicketView> waiting) {
    }

    /** The answer to a counter command: the counter after it, and the ticket it acted on. */
    record CommandAnswer(CounterView counter, TicketView ticket) {
    }

    private final DurableQueue queue;
    private final Guard guard;
    private final Views views;
    private final KioskMetrics metrics;
    private final CounterSeats seats;
    private final DeskCompletion desk;

    public CountersService(DurableQueue queue, Guard guard, KioskMetrics metrics, CounterSeats seats,
                           DeskCompletion desk) {
        this.queue = queue;
        this.desk = desk;
        this.guard = guard;
        this.metrics = metrics;
        this.seats = seats;
        this.views = new Views(queue.engine());
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .get("/{id}", this::detail)
                .post("/{id}/seat", this::sit)
                .delete("/{id}/seat", this::leave)
                .post("/{id}/call-next", this::callNext)
                .post("/{id}/call", (req, res) -> command(req, res, (c, who) -> {
                    CallRequest body = JsonBody.read(req, CallRequest.class);
                    if (body.ticketId() == null || body.ticketId().isBlank()) {
                        throw new ApiError(400, "invalid_field", "error.invalid_field", "ticketId");
                    }
                    QueueEngine.Change ch = queue.call(c, body.ticketId(), who);
                    metrics.call();
                    return ch;
                }))
                .post("/{id}/recall", (req, res) -> command(req, res, (c, who) -> {
                    QueueEngine.Change ch = queue.recall(c, who);
                    metrics.call();
                    return ch;
                }))
                .post("/{id}/no-show", (req, res) -> command(req, res, (c, who) -> queue.noShow(c, who)))
                .post("/{id}/start", (req, res) -> command(req, res, (c, who) -> queue.start(c, who)))
                .post("/{id}/complete", (req, res) -> command(req, res, (c, who) -> {
                    CompleteRequest body = JsonBody.read(req, CompleteRequest.class);
                    Outcome outcome = outcome(body.outcome());
                    DeskCompletion.Checked extra = desk.check(outcome, body.dossierCode(), body.reasons());
                    QueueEngine.Change ch = queue.complete(c, outcome, who);
                    desk.keep(ch.ticket(), extra);
                    return ch;
                }))
                .post("/{id}/transfer", (req, res) -> command(req, res, (c, who) -> {
                    TransferRequest body = JsonBody.read(req, TransferRequest.class);
                    if (body.serviceId() == null || body.serviceId().isBlank()) {
                        throw new ApiError(400, "invalid_field", "error.invalid_field", "serviceId");
                    }
                    return queue.transfer(c, body.serviceId(), who);
                }))
                .post("/{id}/pause", (req, res) -> command(req, res, (c, who) -> queue.pause(c, who)))
                .post("/{id}/resume", (req, res) -> command(req, res, (c, who) -> queue.resume(c, who)));
    }

    private void list(ServerRequest req, ServerResponse res) {
        guard.require(req, Role.STAFF, Role.LEADER, Role.TECHNICIAN);
        res.send(views.counters());
    }

    private void detail(ServerRequest req, ServerResponse res) {
        guard.require(req, Role.STAFF, Role.LEADER, Role.TECHNICIAN);
        CounterState c = counterState(counterId(req));
        CounterView view = views.counter(c);
        TicketView current = c.currentTicketId() == null ? null
                : queue.engine().find(c.currentTicketId()).map(views::ticket).orElse(null);
        List<String> services = queue.engine().setup().counter(c.id()).orElseThrow().serviceIds();
        res.send(new CounterDetail(view, current,
                queue.engine().waiting(services).stream().map(views::ticket).toList()));
    }

    /** The console took this counter: the counter's wired buttons now act for this officer. */
    private void sit(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.STAFF);
        int counter = counterState(counterId(req)).id();
        seats.sit(counter, s.username(), s.expiresAt());
        res.status(Status.NO_CONTENT_204).send();
    }

    private void leave(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.STAFF);
        seats.leave(counterState(counterId(req)).id(), s.username());
        res.status(Status.NO_CONTENT_204).send();
    }

    private void callNext(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.STAFF);
        int counter = counterId(req);
        QueueEngine.Change ch = queue.callNext(counter, s.username());
        if (ch.ticket() == null) {
            res.status(Status.NO_CONTENT_204).send();
            return;
        }
        metrics.call();
        res.send(new CommandAnswer(views.counter(counterState(counter)), views.ticket(ch.ticket())));
    }

    private void command(ServerRequest req, ServerResponse res,
                         BiFunction<Integer, String, QueueEngine.Change> action) {
        Session s = guard.require(req, Role.STAFF);
        int counter = counterId(req);
        QueueEngine.Change ch = action.apply(counter, s.username());
        res.send(new CommandAnswer(views.counter(counterState(counter)),
                ch.ticket() == null ? null : views.ticket(ch.ticket())));
    }

    private CounterState counterState(int id) {
        return queue.engine().counter(id)
                .orElseThrow(() -> new QueueRejection(QueueRejection.Reason.UNKNOWN_COUNTER, id));
    }

    private static int counterId(ServerRequest req) {
        String raw = req.path().pathParameters().get("id");
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new ApiError(404, "unknown_counter", "error.bad_counter_id", raw);
        }
    }

    private static Outcome outcome(String raw) {
        if (raw == null) {
            throw new ApiError(400, "invalid_field", "error.bad_outcome", "");
        }
        try {
            return Outcome.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "invalid_field", "error.bad_outcome", raw);
        }
    }
}
