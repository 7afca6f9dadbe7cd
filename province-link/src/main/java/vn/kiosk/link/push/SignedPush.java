// One push from the province, as signed: its kind, version, time of issue, payload and Ed25519 signature.
package vn.kiosk.link.push;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The signature covers {@link #signedBytes()}, never the JSON or the topic around it, so a copy that changes
 * any one of kind, version, time or payload no longer verifies.
 *
 * @param version  rises with every push of a kind; a kiosk takes only a newer one
 * @param issuedAt epoch milliseconds at the hub
 * @param payload  the content, gzip-compressed (a province catalog shrinks to a tenth and fits the broker's
 *                 packet limit)
 */
public record SignedPush(PushKind kind, long version, long issuedAt, byte[] payload, byte[] signature) {

    /** The first field of the signed bytes: a signature made for another purpose or format never matches. */
    static final String FORMAT = "vn.kiosk.push/1";

    public SignedPush {
        payload = payload.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /**
     * The canonical form: the format name, the kind's code, version, time, payload length and payload, each in
     * a fixed binary layout (strings with a two-byte length, numbers big-endian), so that no two different
     * pushes have the same bytes.
     */
    public byte[] signedBytes() {
        return signedBytes(kind, version, issuedAt, payload);
    }

    static byte[] signedBytes(PushKind kind, long version, long issuedAt, byte[] payload) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(FORMAT);
            out.writeUTF(kind.code());
            out.writeLong(version);
            out.writeLong(issuedAt);
            out.writeInt(payload.length);
            out.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return bytes.toByteArray();
    }
}
