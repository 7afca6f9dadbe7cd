// What the hub makes of one arrived message: a message it may store, or a refusal with its reason.
package vn.kiosk.link;

public sealed interface Decoded {

    record Accepted(UplinkMessage message) implements Decoded {
    }

    /** @param reason a short code for the log and the metric tag (not-json, schema, wrong-centre, ...) */
    record Refused(String reason, String detail) implements Decoded {
    }
}
