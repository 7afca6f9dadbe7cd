// What the kiosk page needs to know at start: the centre, how long it waits before going home, and its languages.
package vn.kiosk.app.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.queue.ServiceDef;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.Field;

/**
 * @param idleSeconds        a screen left untouched this long goes home and forgets everything
 * @param ticketIdleSeconds  the same for the ticket screen, which a citizen reads or photographs
 * @param warnSeconds        the countdown shown before going home
 * @param audio              spoken prompts are on unless the citizen mutes them
 * @param vneidServiceId     where a citizen without a level-2 VNeID account is helped (the console offers the
 *                           desk's outcomes there and at the support service)
 * @param serviceIcons       the icon of each queue service's tile: its first field's icon, or "online" for the
 *                           online-support service
 * @param timeZone           the centre's time zone (IANA id): every page shows times in it, whatever zone the
 *                           browser's machine is set to, so a screen and the paper ticket never disagree
 */
public record PageSettings(String centreName, String centreNameEn, boolean onlineFeeWaiver, int idleSeconds,
                           int ticketIdleSeconds, int warnSeconds, boolean audio, String supportServiceId,
                           String vneidServiceId, Map<String, String> serviceIcons, List<PageWording.Language> languages,
                           String timeZone) {

    public PageSettings {
        serviceIcons = Map.copyOf(serviceIcons);
        languages = List.copyOf(languages);
    }

    public static Map<String, String> serviceIcons(CentreSetup setup, Catalog catalog) {
        Map<String, String> icons = new LinkedHashMap<>();
        for (ServiceDef s : setup.queue().services()) {
            String icon = s.id().equals(setup.onlineSupportServiceId()) ? "online"
                    : s.fields().stream().findFirst()
                            .flatMap(code -> catalog.fields().stream().filter(f -> f.code().equals(code)).findFirst())
                            .map(Field::iconHint).orElse("ticket");
            icons.put(s.id(), icon);
        }
        return icons;
    }
}
