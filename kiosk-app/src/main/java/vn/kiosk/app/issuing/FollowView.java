// Builds the follow-on-your-phone view of a ticket from its token; shared by the follow route and ticket scans.
package vn.kiosk.app.issuing;

import java.util.Optional;

import vn.kiosk.app.printing.TicketPrinting;
import vn.kiosk.app.queue.CounterDef;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.queue.ServiceDef;
import vn.kiosk.app.queue.Ticket;
import vn.kiosk.app.view.Views;

public final class FollowView {

    private final QueueEngine engine;
    private final TicketPrinting printing;
    private final Views views;

    public FollowView(QueueEngine engine, TicketPrinting printing) {
        this.engine = engine;
        this.printing = printing;
        this.views = new Views(engine);
    }

    /** Today's ticket with this token, or empty: tokens of earlier days are not followed. */
    public Optional<FollowAnswer> of(String token) {
        return engine.findByToken(token).map(this::answer);
    }

    private FollowAnswer answer(Ticket t) {
        QueueEngine.Position p = engine.position(t);
        ServiceDef service = engine.setup().service(t.serviceId()).orElseThrow();
        CounterDef counter = t.counterId() == null ? null : engine.setup().counter(t.counterId()).orElse(null);
        return new FollowAnswer(t.number(), t.serviceId(), service.nameVi(), t.state().name(), t.priority(),
                views.time(t.issuedAt()), p.ahead(), p.estimatedWaitMinutes(), t.counterId(),
                counter == null ? null : counter.nameVi(), views.time(t.calledAt()), printing.statusOf(t.id()));
    }
}
