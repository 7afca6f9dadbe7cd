// What a kiosk makes of one push message: verified with its content, or refused with a reason it reports.
package vn.kiosk.link.push;

public sealed interface PushVerdict {

    /** @param content the payload inflated: the file the push carries */
    record Verified(SignedPush push, byte[] content) implements PushVerdict {
        public Verified {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /**
     * @param reason a short stable code for the hub's alert: too-large, truncated, not-a-push, unknown-kind,
     *               bad-signature, not-gzip, content-too-large (and the kiosk's own: no-key, older, schema,
     *               unknown-service)
     */
    record Refused(String reason, String detail) implements PushVerdict {
    }
}
