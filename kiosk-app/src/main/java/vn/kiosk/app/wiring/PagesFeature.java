// The pages people look at and what they read: the citizen's kiosk page, the ceiling display, the staff,
// leader and rating pages, the catalog, the live event stream and the API's own description.
package vn.kiosk.app.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.Supplier;

import io.helidon.config.Config;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;

import vn.kiosk.app.catalog.CatalogService;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.display.DisplayService;
import vn.kiosk.app.page.KioskPageService;
import vn.kiosk.app.page.PageSettings;
import vn.kiosk.app.page.PageWording;
import vn.kiosk.app.voice.VoiceClips;

public final class PagesFeature implements Feature {

    /** {@code kiosk.page}: an untouched screen goes home after idle (ticketIdle on the ticket screen). */
    record PageTimes(Duration idle, Duration ticketIdle, Duration warn, boolean audio) {
        static PageTimes from(Config page) {
            return new PageTimes(Duration.ofSeconds(page.get("idle-seconds").asInt().get()),
                    Duration.ofSeconds(page.get("ticket-idle-seconds").asInt().get()),
                    Duration.ofSeconds(page.get("warn-seconds").asInt().get()), page.get("audio").asBoolean().get());
        }
    }

    /** {@code kiosk.display}: the portal its QR code opens, how long a call flashes, how old a missed one may be. */
    record DisplayTimes(String portalUrl, Duration flash, Duration catchUp, boolean audio) {
        static DisplayTimes from(Config display) {
            return new DisplayTimes(display.get("portal-url").asString().get(),
                    Duration.ofSeconds(display.get("flash-seconds").asInt().get()),
                    Duration.ofSeconds(display.get("catch-up-seconds").asInt().get()),
                    display.get("audio").asBoolean().get());
        }
    }

    private final Foundation base;
    private final PrintingFeature paper;
    private final FeedbackFeature feedback;
    private final PageTimes pageTimes;
    private final DisplayTimes displayTimes;
    final PageWording wording;

    public PagesFeature(Foundation base, PrintingFeature paper, FeedbackFeature feedback) {
        this.base = base;
        this.paper = paper;
        this.feedback = feedback;
        pageTimes = PageTimes.from(base.kiosk().get("page"));
        displayTimes = DisplayTimes.from(base.kiosk().get("display"));
        wording = PageWording.load(base.paths().configDir().resolve("i18n"));
    }

    @Override
    public void routes(HttpRouting.Builder routing) {
        byte[] openApi = resource("/openapi/openapi.yaml");
        routing.register("/api/v1/catalog", new CatalogService(base.live()::catalog))
                .register("/api/v1/kiosk", new KioskPageService(this::pageSettings, wording, base.live()::catalog,
                        base.live()::setup, paper.printing, paper.follow))
                .register("/api/v1/display", new DisplayService(() -> displaySettings(base.live().setup()),
                        VoiceClips.inConfig(base.paths().configDir(), "vi")))
                .get("/api/v1/events", base.events()::serve)
                // The staff console, the ceiling display, the leader's reports and the rating tablet at a counter
                // (/rate?counter=2): exact paths, since their assets live in the folders of the same name beside
                // them (/staff/, /display/, /leader/, /rate/), which the static content would answer with a redirect.
                .get("/staff", page("/web/staff.html"))
                .get("/display", page("/web/display.html"))
                .get("/leader", page("/web/leader.html"))
                .get("/rate", page("/web/rate.html"))
                .get("/api/v1/openapi.yaml", (req, res) -> {
                    res.headers().set(HeaderNames.CONTENT_TYPE, "application/yaml; charset=UTF-8");
                    res.send(openApi);
                });
    }

    private PageSettings pageSettings() {
        CentreSetup setup = base.live().setup();
        return new PageSettings(setup.centre().nameVi(), setup.centre().nameEn(), setup.centre().onlineFeeWaiver(),
                (int) pageTimes.idle().toSeconds(), (int) pageTimes.ticketIdle().toSeconds(),
                (int) pageTimes.warn().toSeconds(), pageTimes.audio(), setup.onlineSupportServiceId(),
                setup.vneidServiceId(), PageSettings.serviceIcons(setup, base.live().catalog()), wording.languages(),
                setup.queue().dayClock().zone().getId());
    }

    private DisplayService.DisplaySettings displaySettings(CentreSetup setup) {
        return new DisplayService.DisplaySettings(setup.centre().nameVi(), setup.centre().nameEn(),
                displayTimes.portalUrl(), (int) displayTimes.flash().toSeconds(),
                (int) displayTimes.catchUp().toSeconds(), displayTimes.audio(), "/api/v1/display/voice/{name}",
                feedback.settings.complaintUrl(), setup.queue().dayClock().zone().getId());
    }

    /** An HTML page of the jar, served at an exact path. */
    static Handler page(String path) {
        byte[] html = resource(path);
        return (req, res) -> {
            res.headers().set(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
            res.send(html);
        };
    }

    static byte[] resource(String path) {
        try (InputStream in = PagesFeature.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
