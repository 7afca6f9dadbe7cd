// Finds the catalog procedure a national public service portal (dichvucong.gov.vn) link points to.
package vn.kiosk.app.scan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.Procedure;

/**
 * A link matches a procedure when it is the procedure's portal address (scheme, host case, a "www." and a
 * trailing slash aside), or when it carries the procedure's national code ("keyword=1.001193"). Several
 * procedures can share an address or a code; the first in catalog order wins, so the answer is stable.
 */
final class PortalLinks {

    private static final String PORTAL_HOST = "dichvucong.gov.vn";
    private static final Pattern NATIONAL_CODE = Pattern.compile("(?<![0-9.])([0-9]\\.[0-9]{6})(?![0-9])");

    private final Map<String, String> byAddress = new HashMap<>();
    private final Map<String, String> byNationalCode = new HashMap<>();

    PortalLinks(Catalog catalog) {
        for (Procedure p : catalog.procedures()) {
            if (p.portalUrl() != null) {
                WebLink.parse(p.portalUrl()).ifPresent(link -> byAddress.putIfAbsent(key(link), p.id()));
            }
            if (p.nationalCode() != null) {
                byNationalCode.putIfAbsent(p.nationalCode(), p.id());
            }
        }
    }

    static boolean isPortal(WebLink link) {
        return link.host().equals(PORTAL_HOST) || link.host().endsWith("." + PORTAL_HOST);
    }

    Optional<String> procedureFor(WebLink link) {
        String exact = byAddress.get(key(link));
        if (exact != null) {
            return Optional.of(exact);
        }
        Matcher m = NATIONAL_CODE.matcher(link.query());
        while (m.find()) {
            String id = byNationalCode.get(m.group(1));
            if (id != null) {
                return Optional.of(id);
            }
        }
        m = NATIONAL_CODE.matcher(link.path());
        while (m.find()) {
            String id = byNationalCode.get(m.group(1));
            if (id != null) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private static String key(WebLink link) {
        String host = link.host().startsWith("www.") ? link.host().substring(4) : link.host();
        return host + link.trimmedPath() + (link.query().isEmpty() ? "" : "?" + link.query());
    }
}
