// Says what a scanned code is: an ID card (as an age), one of our tickets, a procedure link, or why not.
package vn.kiosk.app.scan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kiosk.app.scan.ScanResult.Unsupported.Reason;
import vn.kiosk.link.catalog.Catalog;

/**
 * The payload is hostile input and may be a citizen's ID card: it is looked at within one call, never kept,
 * logged or quoted, and {@link #classify} returns a result for anything at all instead of throwing.
 */
public final class ScanClassifier {

    public static final int MAX_LENGTH = 4096;

    private static final Pattern FOLLOW = Pattern.compile("(.*)/(?:t|follow)/([A-Za-z0-9_-]{22})/?");

    /** The kiosk's public address, read on each scan: the technician may change it while the kiosk runs. */
    private final Supplier<String> publicUrl;
    private final Supplier<Catalog> catalog;
    /** The portal index of the catalog it was built from; rebuilt when the technician replaces the catalog. */
    private volatile PortalLinks portal;
    private volatile Catalog indexed;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param publicUrl the kiosk's public address; follow links are accepted at its path (behind a proxy) or at
     *                  the root, on any host, since the host of a printed ticket may have changed since
     */
    public ScanClassifier(String publicUrl, Catalog catalog, Clock clock, ZoneId zone) {
        this(() -> publicUrl, () -> catalog, clock, zone);
    }

    /** With the public address and the catalog in force, read on each scan. */
    public ScanClassifier(Supplier<String> publicUrl, Supplier<Catalog> catalog, Clock clock, ZoneId zone) {
        followPrefix(publicUrl.get());
        this.publicUrl = publicUrl;
        this.catalog = catalog;
        this.clock = clock;
        this.zone = zone;
    }

    private static String followPrefix(String publicUrl) {
        return WebLink.parse(publicUrl == null ? "" : publicUrl.strip())
                .orElseThrow(() -> new IllegalArgumentException("the public URL must be an http or https address"))
                .trimmedPath();
    }

    private PortalLinks portal() {
        Catalog now = catalog.get();
        if (now != indexed) {
            portal = new PortalLinks(now);
            indexed = now;
        }
        return portal;
    }

    public ScanResult classify(String payload) {
        try {
            return classifyText(payload);
        } catch (RuntimeException e) {
            // Nothing above should throw; if a bug does, the kiosk carries on, and the exception (which could
            // quote the payload) goes nowhere.
            return new ScanResult.Unsupported(Reason.NOT_RECOGNISED);
        }
    }

    private ScanResult classifyText(String payload) {
        if (payload == null || payload.isBlank()) {
            return unsupported(Reason.EMPTY);
        }
        if (payload.length() > MAX_LENGTH) {
            return unsupported(Reason.TOO_LONG);
        }
        String text = payload.strip();
        if (!isText(text)) {
            return unsupported(Reason.BINARY);
        }
        Optional<WebLink> link = WebLink.parse(text);
        if (link.isPresent()) {
            return classifyLink(link.get());
        }
        if (fieldCount(text) >= CccdQrParser.MIN_FIELDS) {
            return switch (CccdQrParser.check(text, LocalDate.ofInstant(clock.instant(), zone))) {
                case CccdCheck.Age(int years) -> new ScanResult.CitizenCard(years);
                case CccdCheck.Rejected r -> unsupported(Reason.INVALID_CARD);
            };
        }
        return unsupported(Reason.NOT_RECOGNISED);
    }

    private ScanResult classifyLink(WebLink link) {
        Matcher follow = FOLLOW.matcher(link.path());
        if (follow.matches() && (follow.group(1).isEmpty() || follow.group(1).equals(followPrefix(publicUrl.get())))) {
            return new ScanResult.OurTicket(follow.group(2));
        }
        if (PortalLinks.isPortal(link)) {
            return portal().procedureFor(link)
                    .<ScanResult>map(ScanResult.ProcedureLink::new)
                    .orElse(unsupported(Reason.UNKNOWN_PROCEDURE));
        }
        return unsupported(Reason.NOT_RECOGNISED);
    }

    /** Text has no control characters but tab, no U+FFFD from undecodable bytes and no lone surrogates. */
    private static boolean isText(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if ((type == Character.CONTROL && cp != '\t') || type == Character.SURROGATE || cp == 0xFFFD) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static int fieldCount(String text) {
        int fields = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '|') {
                fields++;
            }
        }
        return fields;
    }

    private static ScanResult unsupported(Reason reason) {
        return new ScanResult.Unsupported(reason);
    }
}
