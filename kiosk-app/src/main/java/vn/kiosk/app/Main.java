// Starts the kiosk server from the repository root (or an installed folder) with its configuration; with
// "unlock <account>", prints a one-time unlock code for a locked-out account instead.
package vn.kiosk.app;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;

import vn.kiosk.app.auth.Account;
import vn.kiosk.app.auth.UnlockCodes;
import vn.kiosk.app.wording.Messages;

public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        Path configDir = Path.of(env("KIOSK_CONFIG_DIR", "./config"));
        // KIOSK_PUBLIC_URL: the address phones use, over every file (and then not changeable on /tech).
        String publicUrl = System.getenv("KIOSK_PUBLIC_URL");
        Config config = KioskApp.loadConfig(configDir, publicUrl == null || publicUrl.isBlank() ? Map.of()
                : Map.of("kiosk.public-url", publicUrl.strip(), "kiosk.public-url-from-environment", "true"));
        Path dataDir = Path.of(env("KIOSK_DATA_DIR", config.get("kiosk.data-dir").asString().orElse("./data")));
        if (args.length > 0 && args[0].equals("unlock")) {
            System.exit(unlock(dataDir, args));
        }
        HeapBounds.applyWhenUnset();
        KioskApp app = KioskApp.start(config, new KioskApp.Paths(configDir, dataDir,
                System.getenv("KIOSK_ADMIN_PASSWORD")), Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "kiosk-shutdown"));
        // A clean start says only what a technician needs: the one-time password (in both languages, once) and
        // where the kiosk answers, here and for the phones and screens on the centre's network.
        app.adminBanners().forEach(System.out::println);
        String network = Messages.get(Messages.VIETNAMESE, "start.network") + " / "
                + Messages.get(Locale.ENGLISH, "start.network");
        System.out.println("Kiosk ready: http://localhost:" + app.port() + "/ · " + network + ": " + app.publicUrl() + "/");
    }

    /**
     * Run on the Pi by a technician: the code goes to a file in the data folder that the running server reads
     * at the next sign-in that offers it, so it works whether the server runs or not, and without the network.
     */
    private static int unlock(Path dataDir, String[] args) {
        if (args.length != 2 || !Account.NAME.matcher(args[1]).matches()) {
            System.err.println("usage: kiosk unlock <account>");
            return 2;
        }
        try {
            UnlockCodes.Issued issued = new UnlockCodes(dataDir).issue(args[1], Instant.now());
            for (Locale l : List.of(Messages.VIETNAMESE, Locale.ENGLISH)) {
                System.out.println(Messages.get(l, "unlock.issued", args[1], issued.code(),
                        UnlockCodes.LIFETIME.toMinutes()));
            }
            return 0;
        } catch (UncheckedIOException e) {
            System.err.println("kiosk unlock: " + e.getMessage() + " (" + e.getCause() + "); run it as the kiosk's "
                    + "user or root");
            return 1;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
