// The queue as citizens and staff use it: services, taking a ticket, the counters, and the wired call buttons.
package vn.kiosk.app.wiring;

import java.util.function.IntFunction;

import io.helidon.webserver.http.HttpRouting;

import vn.kiosk.app.device.CallButtonsFactory;
import vn.kiosk.app.device.DeviceReactions;
import vn.kiosk.app.issuing.ServicesService;
import vn.kiosk.app.issuing.TicketsService;
import vn.kiosk.app.online.DeskCompletion;
import vn.kiosk.app.staff.CounterSeats;
import vn.kiosk.app.staff.CountersService;

public final class QueueFeature implements Feature {

    private final Foundation base;
    private final AccessFeature access;
    private final PrintingFeature paper;
    private final FeedbackFeature feedback;
    final CounterSeats seats;
    /** What the call buttons and lamps do; closed with the kiosk. */
    public final DeviceReactions reactions;

    public QueueFeature(Foundation base, AccessFeature access, PrintingFeature paper, FeedbackFeature feedback) {
        this.base = base;
        this.access = access;
        this.paper = paper;
        this.feedback = feedback;
        seats = new CounterSeats(base.clock());
        // A button's call names the officer signed in at its counter, else the identity kiosk.buttons gives it.
        IntFunction<String> configuredIdentity = CallButtonsFactory.identities(base.kiosk().get("buttons"));
        reactions = new DeviceReactions(base.devices(), base.queue(), base.callWords(),
                counter -> seats.occupant(counter).orElseGet(() -> configuredIdentity.apply(counter)));
        reactions.start();
    }

    @Override
    public void routes(HttpRouting.Builder routing) {
        routing.register("/api/v1/services", new ServicesService(base.queue()))
                .register("/api/v1/tickets", new TicketsService(base.queue(), base.live()::setup, base.live()::catalog,
                        paper.printing, access.guard, base.metrics(), base.audit()))
                .register("/api/v1/counters", new CountersService(base.queue(), access.guard, base.metrics(), seats,
                        new DeskCompletion(feedback.completionNotes, base.clock())));
    }
}
