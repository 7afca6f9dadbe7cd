// The kiosk's version as the build stamped it in the jar's manifest ("development" when run from classes).
package vn.kiosk.app.wiring;

import java.util.Optional;

import vn.kiosk.app.KioskApp;

final class KioskVersion {

    private KioskVersion() {
    }

    static String current() {
        return Optional.ofNullable(KioskApp.class.getPackage().getImplementationVersion()).orElse("development");
    }
}
