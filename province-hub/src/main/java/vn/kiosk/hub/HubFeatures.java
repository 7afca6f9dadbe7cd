// The hub's HTTP features, one HttpService each, registered on the routing; the list to read first.
package vn.kiosk.hub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;

import io.helidon.config.Config;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;

import vn.kiosk.hub.alerts.AlertDesk;
import vn.kiosk.hub.alerts.AlertsService;
import vn.kiosk.hub.auth.HubAuth;
import vn.kiosk.hub.fleet.Fleet;
import vn.kiosk.hub.fleet.FleetService;
import vn.kiosk.hub.league.League;
import vn.kiosk.hub.league.LeagueService;
import vn.kiosk.hub.league.OpeningHours;
import vn.kiosk.hub.load.Load;
import vn.kiosk.hub.load.LoadService;
import vn.kiosk.hub.push.BrokerPublisher;
import vn.kiosk.hub.push.CatalogPublisher;
import vn.kiosk.hub.push.CatalogPushService;
import vn.kiosk.hub.push.ProvincePushService;
import vn.kiosk.hub.push.PushPublisher;
import vn.kiosk.hub.push.SigningKey;
import vn.kiosk.hub.push.VoicePackService;
import vn.kiosk.hub.push.VoicePacks;
import vn.kiosk.hub.rings.ReleaseToken;
import vn.kiosk.hub.rings.Rings;
import vn.kiosk.hub.rings.RingsService;
import vn.kiosk.hub.sheet.CatalogDrafts;
import vn.kiosk.hub.sheet.CatalogSheetService;
import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.hub.web.ErrorAnswers;
import vn.kiosk.hub.web.Words;

final class HubFeatures {

    /** What a feature may be built from. */
    record Context(Config config, HubDatabase db, Clock clock, SigningKey key, BrokerPublisher broker) {
    }

    private HubFeatures() {
    }

    static void register(HttpRouting.Builder routing, Context ctx) {
        Config hub = ctx.config().get("hub");
        ZoneId zone = ZoneId.of(hub.get("zone").asString().orElse("Asia/Ho_Chi_Minh"));
        Words words = Words.load();
        ErrorAnswers.register(routing, words);
        HubAuth auth = HubAuth.register(routing, hub.get("auth"), ctx.db(), zone, ctx.clock());
        AlertDesk desk = new AlertDesk(ctx.db(), ctx.clock());
        OpeningHours hours = OpeningHours.parse(hub.get("opening-hours").asList(String.class)
                .orElse(OpeningHours.DEFAULT));
        CatalogPublisher catalogs = new CatalogPublisher(ctx.db(), ctx.key(), ctx.broker(), ctx.clock());
        PushPublisher pushes = new PushPublisher(ctx.db(), ctx.key(), ctx.broker(), ctx.clock());
        routing.register("/api/v1", new LeagueService(new League(ctx.db(), hours, zone), auth.guard(), words,
                        hub.get("pdf.font").asString().orElse(""), hub.get("pdf.bold-font").asString().orElse(""),
                        zone, ctx.clock()))
                .register("/api/v1/fleet", new FleetService(new Fleet(ctx.db(), desk), auth.guard()))
                .register("/api/v1/alerts", new AlertsService(desk, auth.guard(), auth.audit()))
                .register("/api/v1/rings", new RingsService(new Rings(ctx.db(), zone, ctx.clock()), auth.guard(),
                        ReleaseToken.fromFile(hub.get("rings.release-token-file").asString().orElse(""))))
                .register("/api/v1/load", new LoadService(new Load(ctx.db()), auth.guard(), zone, ctx.clock()))
                .register("/api/v1", new CatalogPushService(catalogs, ctx.key(), auth.guard(), auth.audit(), words))
                .register("/api/v1/catalog", new CatalogSheetService(new CatalogDrafts(ctx.db(), catalogs, ctx.clock(),
                        zone), auth.guard(), auth.audit(), words))
                .register("/api/v1", new ProvincePushService(pushes, auth.guard(), auth.audit(), words))
                .register("/api/v1", new VoicePackService(new VoicePacks(ctx.db(), pushes, ctx.clock()), auth.guard(),
                        auth.audit(), words))
                // The page's words, before anyone signs in: the sign-in form needs them too.
                .get("/api/v1/words", (req, res) -> res.send(words.all(Words.language(req))))
                .get("/api/v1/openapi.yaml", (req, res) -> {
                    res.headers().set(HeaderNames.CONTENT_TYPE, "application/yaml; charset=UTF-8");
                    res.send(resource("openapi/hub.yaml"));
                });
        routing.any("/api/*", (req, res) -> res.status(io.helidon.http.Status.NOT_FOUND_404)
                .send(java.util.Map.of("error", "not-found")));
    }

    private static byte[] resource(String name) {
        try (InputStream in = HubFeatures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
