// One kind of province push as a kiosk takes it: the topic it arrives on, the file it writes, how it is applied.
package vn.kiosk.app.uplink;

import java.util.List;

import vn.kiosk.app.tech.LiveSettings;
import vn.kiosk.link.push.PushKind;

/**
 * @param topic the one topic a push of this kind may come from; a signed push of it on another is refused, since
 *              the signature covers the kind but not the topic
 * @param file  what it replaces in the configuration folder, for the audit trail
 */
public record PushTaker(PushKind kind, String topic, String file, Apply apply, Later later) {

    /** A kind applied as it arrives: nothing is left for later. */
    public PushTaker(PushKind kind, String topic, String file, Apply apply) {
        this(kind, topic, file, apply, List::of);
    }

    /** Checks and applies verified content; throws {@link LiveSettings.Refused} with the reason to report. */
    @FunctionalInterface
    public interface Apply {
        LiveSettings.Pushed apply(byte[] content, long version);
    }

    /** A push left for later (a pack to download) that has since been refused: reported as one refused on arrival. */
    @FunctionalInterface
    public interface Later {
        List<Late> refused();
    }

    public record Late(long version, String reason, String detail) {
    }
}
