// The kiosk's few timed chores, on one daemon thread: closing the service day, asking the printer how it is,
// and rolling up closed days.
package vn.kiosk.app.wiring;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class Timers {

    private static final Logger LOG = Logger.getLogger(Timers.class.getName());

    private Timers() {
    }

    public static ScheduledExecutorService start(Foundation base, PrintingFeature paper, FeedbackFeature feedback) {
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("kiosk-timers").daemon(true).factory());
        timers.scheduleWithFixedDelay(() -> {
            try {
                base.queue().closeDayIfEnded();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing the service day failed; will retry", e);
            }
        }, 30, 30, TimeUnit.SECONDS);
        timers.scheduleWithFixedDelay(paper.printQueue::pollPrinter, 0, 10, TimeUnit.SECONDS);
        // Closed days are rolled up soon after they close, and detail rows past retention are deleted.
        timers.scheduleWithFixedDelay(feedback.rollups::maintain, 5, 600, TimeUnit.SECONDS);
        base.queue().subscribe(feedback.rollups.onDayChange(timers));
        return timers;
    }
}
