// Acts on each scan from the kiosk's scanner: classifies it, tells the kiosk page, and forgets the payload.
package vn.kiosk.app.scan;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.kiosk.app.issuing.FollowAnswer;
import vn.kiosk.app.wording.Messages;

public final class ScanDesk {

    private static final Logger LOG = Logger.getLogger(ScanDesk.class.getName());

    /** The last scan as the technician may see it: when, and of what kind. */
    public record LastScan(Instant at, String kind) {
    }

    private final ScanClassifier classifier;
    private final Function<String, Optional<FollowAnswer>> tickets;
    private final int priorityAge;
    private final Consumer<ScanNotice> kioskPage;
    private final Clock clock;
    private final ZoneId zone;
    private volatile LastScan last;

    /**
     * @param tickets     today's ticket by follow token
     * @param priorityAge from this age on, a scanned ID card brings the priority offer
     * @param kioskPage   receives each notice (the live event stream)
     */
    public ScanDesk(ScanClassifier classifier, Function<String, Optional<FollowAnswer>> tickets, int priorityAge,
                    Consumer<ScanNotice> kioskPage, Clock clock, ZoneId zone) {
        this.classifier = classifier;
        this.tickets = tickets;
        this.priorityAge = priorityAge;
        this.kioskPage = kioskPage;
        this.clock = clock;
        this.zone = zone;
    }

    /** Handles one raw scan; the payload goes no further than this call. */
    public void accept(String payload) {
        ScanNotice notice = notice(classifier.classify(payload));
        last = new LastScan(clock.instant(), notice.kind());
        try {
            kioskPage.accept(notice);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a " + notice.kind() + " scan could not be passed on: " + e.getClass().getName());
        }
    }

    public Optional<LastScan> last() {
        return Optional.ofNullable(last);
    }

    ScanNotice notice(ScanResult result) {
        String at = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(clock.instant().atZone(zone).toOffsetDateTime());
        return switch (result) {
            case ScanResult.CitizenCard card ->
                    new ScanNotice("CITIZEN_CARD", card.age() >= priorityAge, null, null, null, null, at);
            case ScanResult.OurTicket t -> tickets.apply(t.followToken())
                    .map(f -> new ScanNotice("TICKET", null, f, null, null, null, at))
                    .orElseGet(() -> unsupported("TICKET_NOT_TODAY", at));
            case ScanResult.ProcedureLink p -> new ScanNotice("PROCEDURE", null, null, p.procedureId(), null, null, at);
            case ScanResult.Unsupported u -> unsupported(u.reason().name(), at);
        };
    }

    private static ScanNotice unsupported(String reason, String at) {
        String key = "TICKET_NOT_TODAY".equals(reason) ? "scan.ticket_not_today" : "scan.unsupported";
        return new ScanNotice("UNSUPPORTED", null, null, null, reason, Messages.get(Messages.VIETNAMESE, key), at);
    }
}
