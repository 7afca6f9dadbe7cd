// One feature of the kiosk as the start sees it: built from its own settings, it adds its routes.
package vn.kiosk.app.wiring;

import io.helidon.webserver.http.HttpRouting;

public interface Feature {

    /** Adds this feature's routes; features are asked in the order the start lists them. */
    void routes(HttpRouting.Builder routing);
}
