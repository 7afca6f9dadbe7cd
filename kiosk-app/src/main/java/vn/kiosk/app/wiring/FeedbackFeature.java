// What the centre learns from its day: citizens' ratings, the assisted-online desk's notes and VNeID answers,
// the daily roll-ups, and the leader's reports over them.
package vn.kiosk.app.wiring;

import java.time.Duration;

import io.helidon.config.Config;
import io.helidon.webserver.http.HttpRouting;

import vn.kiosk.app.feedback.FeedbackService;
import vn.kiosk.app.feedback.FeedbackStore;
import vn.kiosk.app.feedback.KioskScans;
import vn.kiosk.app.online.CompletionNotes;
import vn.kiosk.app.online.ReadinessService;
import vn.kiosk.app.online.ReadinessStore;
import vn.kiosk.app.report.ReportsService;
import vn.kiosk.app.report.Rollups;

public final class FeedbackFeature implements Feature {

    /**
     * {@code kiosk.feedback} and {@code kiosk.reports}.
     *
     * @param scanWindow    how long after a scan the kiosk may rate that ticket
     * @param complaintUrl  the national feedback page, or the province's own; blank: not shown
     * @param retentionDays detail rows are deleted after this many days (0 keeps them)
     */
    record Settings(Duration counterWindow, Duration scanWindow, Duration rateWithin, String complaintUrl,
                    int retentionDays) {
        static Settings from(Config kiosk) {
            Config feedback = kiosk.get("feedback");
            return new Settings(Duration.ofMinutes(feedback.get("counter-minutes").asInt().get()),
                    Duration.ofMinutes(feedback.get("scan-minutes").asInt().get()),
                    Duration.ofDays(feedback.get("rate-within-days").asInt().get()),
                    feedback.get("complaint-url").asString().map(String::strip).get(),
                    kiosk.get("reports.retention-days").asInt().get());
        }
    }

    private final Foundation base;
    private final AccessFeature access;
    private final PrintingFeature paper;
    final Settings settings;
    /** The kiosk remembers scanned tickets briefly so its page can rate them. */
    final KioskScans kioskScans;
    final FeedbackStore feedbackStore;
    final CompletionNotes completionNotes;
    final ReadinessStore readinessStore;
    final Rollups rollups;

    public FeedbackFeature(Foundation base, AccessFeature access, PrintingFeature paper) {
        this.base = base;
        this.access = access;
        this.paper = paper;
        settings = Settings.from(base.kiosk());
        kioskScans = new KioskScans(base.clock(), settings.scanWindow());
        feedbackStore = new FeedbackStore(base.db());
        completionNotes = new CompletionNotes(base.db());
        readinessStore = new ReadinessStore(base.db());
        rollups = new Rollups(base.db(), base.queue().engine()::day, base.setup().queue().dayClock().zone(),
                base.clock(), settings.retentionDays());
    }

    @Override
    public void routes(HttpRouting.Builder routing) {
        routing.register("/api/v1/feedback", new FeedbackService(base.queue().engine(), feedbackStore, kioskScans,
                        base.clock(), new FeedbackService.Settings(settings.counterWindow(), settings.rateWithin(),
                        settings.complaintUrl()), rollups::refresh, completionNotes))
                .register("/api/v1/reports", new ReportsService(rollups, base.queue().engine(), base.live()::setup,
                        base.live()::catalog, paper.fonts, access.guard, readinessStore, completionNotes))
                .register("/api/v1/readiness", new ReadinessService(readinessStore, base.queue().engine(),
                        base.live()::setup, base.live()::catalog));
    }
}
