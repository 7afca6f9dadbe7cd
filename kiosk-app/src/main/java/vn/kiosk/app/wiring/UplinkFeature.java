// The uplink to the province hub (off unless kiosk.uplink.enabled): events, ratings, roll-ups and health up on
// its own thread, woken after commits; the province's signed pushes down.
package vn.kiosk.app.wiring;

import java.util.List;
import java.util.function.Function;

import io.helidon.webserver.http.HttpRouting;

import vn.kiosk.app.tech.ProvinceSettings;
import vn.kiosk.app.tech.HubDownload;
import vn.kiosk.app.tech.PushedTicker;
import vn.kiosk.app.tech.PushedVoice;
import vn.kiosk.app.uplink.HealthProbe;
import vn.kiosk.app.uplink.LiveUplink;
import vn.kiosk.app.uplink.PushInbox;
import vn.kiosk.app.uplink.PushReceiver;
import vn.kiosk.app.uplink.PushTaker;
import vn.kiosk.app.uplink.ReleaseState;
import vn.kiosk.app.uplink.StaffNames;
import vn.kiosk.app.uplink.Uplink;
import vn.kiosk.app.uplink.UplinkCursor;
import vn.kiosk.app.uplink.UplinkService;
import vn.kiosk.app.uplink.UplinkSettings;
import vn.kiosk.link.Topics;
import vn.kiosk.link.push.PushKind;

public final class UplinkFeature implements Feature {

    private final Foundation base;
    private final AccessFeature access;
    private final TechFeature tech;
    /** What the province pushes down the uplink, for the uplink settings in force. */
    public final Function<UplinkSettings, PushInbox> pushes;
    public final LiveUplink uplink;

    public UplinkFeature(Foundation base, AccessFeature access, TechFeature tech) {
        this.base = base;
        this.access = access;
        this.tech = tech;
        var paths = base.paths();
        UplinkCursor cursor = new UplinkCursor(paths.dataDir().resolve("uplink-cursor.properties"));
        HealthProbe health = new HealthProbe(KioskVersion.current(), base.clock(), base.devices().printer(),
                base.devices().scanner(), base.events()::clientCount, paths.dataDir(), base.db(),
                base.queue()::lastEventSeq, cursor, HealthProbe.raspberryPi(),
                () -> base.queue().engine().isOpen(base.clock().instant()),
                () -> tech.liveSettings.catalogOrigin().inForce(), tech.ticker::versionInForce,
                tech.provinceSettings::versionInForce,
                () -> new HealthProbe.VoiceVersions(tech.voice.versionInForce(), tech.voice.versionPending()),
                ReleaseState.reader(paths.configDir().resolve("install.conf"), paths.dataDir().resolve("upgrade-failed")));
        // The catalog, the ticker and the voice pack for every commune; this commune's settings on its own topic.
        pushes = s -> new PushReceiver(s::provinceKey, List.of(PushReceiver.catalog(tech.liveSettings),
                new PushTaker(PushKind.TICKER, Topics.toAll(PushKind.TICKER.code()), PushedTicker.FILE,
                        tech.ticker::applyPushed),
                new PushTaker(PushKind.SETTINGS, Topics.toCentre(s.centre(), PushKind.SETTINGS.code()),
                        ProvinceSettings.FILE, (json, v) -> tech.provinceSettings.applyPushed(json, v, s.centre())),
                new PushTaker(PushKind.VOICE, Topics.toAll(PushKind.VOICE.code()), PushedVoice.FILE,
                        (json, v) -> tech.voice.applyPushed(json, v, HubDownload.of(s.hubUrl(), s.caFile())),
                        () -> tech.voice.drainRefusals().stream()
                                .map(r -> new PushTaker.Late(r.version(), r.reason(), r.detail())).toList())),
                base.audit());
        uplink = new LiveUplink(UplinkSettings.from(base.kiosk().get("uplink")), s -> new Uplink(s, base.db(), cursor,
                s.enabled() ? StaffNames.open(paths.dataDir().resolve("uplink-key"), s.namesInClear()) : null,
                health, pushes.apply(s), base.clock()));
        base.queue().subscribe(events -> uplink.wake());
    }

    @Override
    public void routes(HttpRouting.Builder routing) {
        routing.register("/api/v1/tech", new UplinkService(uplink, access.guard, base.audit(),
                tech.files::writeUplink));
    }
}
