// The bytes of a push on the wire (its signed form followed by the signature) and back, refusing before reading.
package vn.kiosk.link.push;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Binary rather than JSON: the payload travels as it is signed, with no base64 to inflate it by a third, and
 * the signed bytes are the message itself up to its last 64 bytes. Every length is checked against what is
 * left before anything is allocated, so a hostile length cannot make the kiosk reserve memory.
 */
public final class PushCodec {

    /** The largest push message; the broker's max_packet_size (1,100,000) leaves room for the topic. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The largest content after inflating, the same as the technician's catalog upload on /tech. */
    public static final int MAX_CONTENT_BYTES = 8 * 1024 * 1024;
    /** An Ed25519 signature is always this long. */
    public static final int SIGNATURE_BYTES = 64;

    /** What decoding gave: the push still unverified, or the reason it is not one. */
    public sealed interface Decoded {
        record Push(SignedPush push) implements Decoded {
        }

        record Refused(PushVerdict.Refused refusal) implements Decoded {
        }
    }

    private static final byte[] MAGIC = magic();

    private PushCodec() {
    }

    public static byte[] encode(SignedPush push) {
        byte[] signed = push.signedBytes();
        byte[] signature = push.signature();
        byte[] out = new byte[signed.length + signature.length];
        System.arraycopy(signed, 0, out, 0, signed.length);
        System.arraycopy(signature, 0, out, signed.length, signature.length);
        return out;
    }

    public static Decoded decode(byte[] wire) {
        if (wire.length > MAX_BYTES) {
            return refused("too-large", wire.length + " bytes, at most " + MAX_BYTES);
        }
        // The format's bytes open every push: anything else is refused before a length of it is believed.
        int head = Math.min(wire.length, MAGIC.length);
        if (!Arrays.equals(wire, 0, head, MAGIC, 0, head)) {
            return refused("not-a-push", "it does not begin with " + SignedPush.FORMAT);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(wire))) {
            in.readUTF();
            String code = in.readUTF();
            Optional<PushKind> kind = PushKind.of(code);
            if (kind.isEmpty()) {
                return refused("unknown-kind", code);
            }
            long version = in.readLong();
            long issuedAt = in.readLong();
            int length = in.readInt();
            int left = in.available();
            if (length < 0 || length > left - SIGNATURE_BYTES) {
                return refused("truncated", "payload of " + length + " bytes, " + left + " left");
            }
            byte[] payload = in.readNBytes(length);
            byte[] signature = in.readAllBytes();
            if (signature.length != SIGNATURE_BYTES) {
                return refused("not-a-push", signature.length + " bytes after the payload");
            }
            return new Decoded.Push(new SignedPush(kind.get(), version, issuedAt, payload, signature));
        } catch (EOFException e) {
            return refused("truncated", wire.length + " bytes end inside the header");
        } catch (UTFDataFormatException e) {
            return refused("not-a-push", "the kind is not text");
        } catch (IOException e) {
            return refused("truncated", e.getMessage());
        }
    }

    /** gzip, as the payload travels. */
    public static byte[] compress(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("writing to memory does not fail", e);
        }
        return bytes.toByteArray();
    }

    /** The payload inflated, stopping at {@link #MAX_CONTENT_BYTES}: a small gzip may expand enormously. */
    static PushVerdict inflate(SignedPush push) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(push.payload()))) {
            byte[] content = in.readNBytes(MAX_CONTENT_BYTES + 1);
            if (content.length > MAX_CONTENT_BYTES) {
                return new PushVerdict.Refused("content-too-large", "more than " + MAX_CONTENT_BYTES + " bytes inflated");
            }
            return new PushVerdict.Verified(push, content);
        } catch (IOException e) {
            return new PushVerdict.Refused("not-gzip", String.valueOf(e.getMessage()));
        }
    }

    private static byte[] magic() {
        byte[] f = SignedPush.FORMAT.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] m = new byte[f.length + 2];
        m[1] = (byte) f.length;
        System.arraycopy(f, 0, m, 2, f.length);
        return m;
    }

    private static Decoded refused(String reason, String detail) {
        return new Decoded.Refused(new PushVerdict.Refused(reason, detail));
    }
}
