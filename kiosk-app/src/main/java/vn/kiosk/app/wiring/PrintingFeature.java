// Paper: the ticket printer's queue, tickets and guides drawn in the kiosk's fonts, the address their QR codes
// carry, and the follow page's view of a ticket.
package vn.kiosk.app.wiring;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.helidon.config.Config;
import io.helidon.webserver.http.HttpRouting;

import vn.kiosk.app.guide.GuidePdf;
import vn.kiosk.app.guide.GuideSheet;
import vn.kiosk.app.guide.GuidesService;
import vn.kiosk.app.issuing.FollowView;
import vn.kiosk.app.printing.PrintFonts;
import vn.kiosk.app.printing.PrintQueue;
import vn.kiosk.app.printing.TicketPrinting;
import vn.kiosk.app.tech.PublicAddress;

public final class PrintingFeature implements Feature {

    /**
     * {@code kiosk.printing} and the public address: fonts unset mean Debian's Noto Sans, else DejaVu Sans.
     *
     * @param answerWait how long a guide or reprint answer waits for the printer before saying PENDING
     */
    record Settings(Optional<Path> font, Optional<Path> fontBold, Duration answerWait, String publicUrl,
                    boolean publicUrlFromEnvironment, String host, int port) {
        static Settings from(Config config) {
            Config kiosk = config.get("kiosk");
            Config printing = kiosk.get("printing");
            return new Settings(printing.get("font").asString().map(Path::of),
                    printing.get("font-bold").asString().map(Path::of),
                    Duration.ofMillis(printing.get("answer-wait-ms").asInt().get()),
                    kiosk.get("public-url").asString().get(), kiosk.get("public-url-from-environment").asBoolean().get(),
                    config.get("server.host").asString().get(), config.get("server.port").asInt().get());
        }
    }

    private final Foundation base;
    private final Settings settings;
    final PrintFonts fonts;
    public final PublicAddress publicAddress;
    public final PrintQueue printQueue;
    final TicketPrinting printing;
    final FollowView follow;

    public PrintingFeature(Config config, Foundation base) {
        this.base = base;
        this.settings = Settings.from(config);
        fonts = PrintFonts.load(settings.font().orElse(null), settings.fontBold().orElse(null));
        publicAddress = PublicAddress.of(settings.publicUrl(), settings.publicUrlFromEnvironment(), settings.host(),
                () -> base.serving().get() == null ? settings.port() : base.serving().get().port());
        printQueue = new PrintQueue(base.devices().printer(),
                notice -> base.events().publishNotice("print-updated", notice));
        printing = new TicketPrinting(base.live()::setup, base.live()::catalog, fonts, base.devices().printerProfile(),
                publicAddress::url, printQueue);
        follow = new FollowView(base.queue().engine(), printing);
    }

    @Override
    public void routes(HttpRouting.Builder routing) {
        routing.register("/api/v1/guides", new GuidesService(base.live()::catalog,
                new GuidePdf(base.live()::setup, fonts), new GuideSheet(base.live()::setup, fonts), printing,
                base.clock(), settings.answerWait()));
    }
}
