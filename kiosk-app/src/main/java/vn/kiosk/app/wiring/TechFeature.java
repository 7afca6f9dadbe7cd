// The technician's page (/tech) and what it changes while the kiosk runs: the centre's settings and catalog,
// the province's overrides and ticker, accounts, backups, device tests, the public address and the log.
package vn.kiosk.app.wiring;

import java.nio.file.Path;
import java.util.List;

import io.helidon.config.Config;
import io.helidon.webserver.http.HttpRouting;

import vn.kiosk.app.tech.AccountsService;
import vn.kiosk.app.tech.BackupService;
import vn.kiosk.app.tech.ConfigFiles;
import vn.kiosk.app.tech.DeviceTestService;
import vn.kiosk.app.tech.LiveSettings;
import vn.kiosk.app.tech.ProvinceSettings;
import vn.kiosk.app.tech.ProvinceSettingsService;
import vn.kiosk.app.tech.PublicAddressService;
import vn.kiosk.app.tech.PushedTicker;
import vn.kiosk.app.tech.PushedVoice;
import vn.kiosk.app.tech.VoicePackService;
import vn.kiosk.app.voice.VoiceFiles;
import vn.kiosk.app.tech.RecentLog;
import vn.kiosk.app.tech.SettingsService;
import vn.kiosk.app.tech.TechService;
import vn.kiosk.app.tech.TechWording;
import vn.kiosk.app.tech.TickerService;

public final class TechFeature implements Feature {

    /** {@code kiosk.tech}: the largest database backup /tech restores, and the log lines it keeps to show. */
    record Settings(long maxRestoreBytes, int logLines) {
        static Settings from(Config tech) {
            return new Settings(tech.get("max-restore-mb").asLong().get() * 1024 * 1024,
                    tech.get("log-lines").asInt().get());
        }
    }

    private final Foundation base;
    private final AccessFeature access;
    private final PrintingFeature paper;
    final Settings settings;
    final ConfigFiles files;
    final LiveSettings liveSettings;
    final ProvinceSettings provinceSettings;
    final PushedTicker ticker;
    public final RecentLog recentLog;
    /** The province's voice pack: downloaded from the hub on its own thread, switched live, rolled back here. */
    public final PushedVoice voice;
    private final Path work;

    public TechFeature(Foundation base, AccessFeature access, PrintingFeature paper, PagesFeature pages) {
        this.base = base;
        this.access = access;
        this.paper = paper;
        settings = Settings.from(base.kiosk().get("tech"));
        files = new ConfigFiles(base.paths().configDir());
        work = base.paths().dataDir().resolve("tech-work");
        BackupService.clearWork(work);
        liveSettings = new LiveSettings(base.live(), base.queue(), base.devices().callOut(), files);
        // The province's settings for this commune, over centre.yaml: put in force now, then with each push.
        provinceSettings = new ProvinceSettings(liveSettings);
        liveSettings.useProvince(provinceSettings);
        // The display's ticker: the province's signed notice when one came, else the display.ticker word.
        ticker = new PushedTicker(files, lang -> pages.wording.words(lang).getOrDefault("display.ticker", ""),
                shown -> base.events().publishNotice("ticker-updated", shown));
        recentLog = RecentLog.install(settings.logLines());
        voice = new PushedVoice(base.paths().configDir(), base.audit(), base.clock());
    }

    @Override
    public void routes(HttpRouting.Builder routing) {
        // From the jar, the static files cannot tell that /tech/ is a folder with an index.html: serve it here.
        routing.get("/tech/", PagesFeature.page("/web/tech/index.html"));
        routing.register("/api/v1/tech", new VoicePackService(voice, access.guard, base.audit()))
                // The kiosk page's and the display's /voice/<lang>/<clip>: the pack's clip where it has one (the
                // technician's recording before it, as for the announcer), else the shipped file below.
                .get("/voice/{lang}/{file}", new VoiceFiles(base.paths().configDir()));
        routing.register("/api/v1", new TickerService(ticker, access.guard, base.audit()))
                .register("/api/v1/tech", new ProvinceSettingsService(provinceSettings, access.guard, base.audit()))
                .register("/api/v1/devices", new DeviceTestService(base.devices(), paper.printing, base.queue().engine(),
                        base.events(), access.guard, base.audit(), base.clock()))
                .register("/api/v1", new SettingsService(liveSettings, access.guard, base.audit()))
                .register("/api/v1/tech", new AccountsService(access.accounts, access.hasher, access.auth,
                        access.machineTokens, access.guard, base.audit()))
                .register("/api/v1/tech", new BackupService(base.db(), base.queue(), work, settings.maxRestoreBytes(),
                        access.guard, base.audit(), base.clock(), base.setup().queue().dayClock().zone()))
                .register("/api/v1/tech", new TechService(TechWording.load(), access.guard, base.audit(), recentLog,
                        base.paths().dataDir(), KioskVersion.current(), base.clock(), Path.of("/"),
                        () -> base.live().setup().queue().dayClock().zone(), List.of("timedatectl", "show")))
                .register("/api/v1/tech", new PublicAddressService(paper.publicAddress, access.guard, base.audit(),
                        files::writePublicUrl));
    }
}
