// A signed push verifies only whole, unaltered and signed by the province key; anything else is refused by reason.
package vn.kiosk.link.push;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PushVerifierTest {

    private static final KeyPair PROVINCE = ProvinceKeys.generate();
    private static final byte[] CATALOG = "{\"version\":1,\"fields\":[],\"procedures\":[]}".repeat(50)
            .getBytes(StandardCharsets.UTF_8);
    private final PushVerifier verifier = new PushVerifier(PROVINCE.getPublic());

    private static byte[] signed(long version) {
        return PushCodec.encode(new PushSigner(PROVINCE.getPrivate())
                .sign(PushKind.CATALOG, version, 1_796_000_000_000L, CATALOG));
    }

    @Test
    void aSignedPushVerifiesAndGivesBackItsContent() {
        PushVerdict v = verifier.verify(signed(7));
        assertThat(v).isInstanceOf(PushVerdict.Verified.class);
        PushVerdict.Verified ok = (PushVerdict.Verified) v;
        assertThat(ok.push().kind()).isEqualTo(PushKind.CATALOG);
        assertThat(ok.push().version()).isEqualTo(7);
        assertThat(ok.push().issuedAt()).isEqualTo(1_796_000_000_000L);
        assertThat(ok.content()).isEqualTo(CATALOG);
        // Compressed on the wire: the repeated catalog text is far smaller than itself.
        assertThat(signed(7).length).isLessThan(CATALOG.length / 4);
    }

    @Test
    void aChangedPayloadByteBreaksTheSignature() {
        byte[] wire = signed(7);
        // The payload sits just before the 64 signature bytes.
        wire[wire.length - PushCodec.SIGNATURE_BYTES - 3] ^= 0x01;
        assertThat(reason(verifier.verify(wire))).isEqualTo("bad-signature");
    }

    @Test
    void aRaisedVersionBreaksTheSignature() {
        byte[] wire = signed(7);
        // The version follows the two strings, each with its two-byte length.
        int at = 2 + SignedPush.FORMAT.length() + 2 + PushKind.CATALOG.code().length();
        assertThat(ByteBuffer.wrap(wire, at, 8).getLong()).isEqualTo(7);
        ByteBuffer.wrap(wire, at, 8).putLong(8);
        assertThat(reason(verifier.verify(wire))).isEqualTo("bad-signature");
    }

    @Test
    void aPushSignedWithAnotherKeyIsRefused() {
        byte[] wire = PushCodec.encode(new PushSigner(ProvinceKeys.generate().getPrivate())
                .sign(PushKind.CATALOG, 7, 1_796_000_000_000L, CATALOG));
        PushVerdict v = verifier.verify(wire);
        assertThat(reason(v)).isEqualTo("bad-signature");
        assertThat(((PushVerdict.Refused) v).detail()).contains("catalog version 7");
    }

    @Test
    void aCutMessageIsRefusedAsTruncatedAtEveryLength() {
        byte[] wire = signed(7);
        for (int n : new int[] {0, 1, 5, 20, 40, wire.length / 2, wire.length - PushCodec.SIGNATURE_BYTES - 1}) {
            assertThat(reason(verifier.verify(Arrays.copyOf(wire, n)))).as("cut at %d", n).isEqualTo("truncated");
        }
        // Cut inside the signature: the bytes left read as a shorter signature after the payload.
        assertThat(reason(verifier.verify(Arrays.copyOf(wire, wire.length - 1)))).isEqualTo("truncated");
    }

    @Test
    void aHundredMegabyteMessageIsRefusedBeforeItIsRead() {
        byte[] huge = new byte[100 * 1024 * 1024];
        byte[] head = signed(7);
        System.arraycopy(head, 0, huge, 0, head.length);
        PushVerdict v = verifier.verify(huge);
        assertThat(reason(v)).isEqualTo("too-large");
        assertThat(((PushVerdict.Refused) v).detail()).startsWith("104857600 bytes");
    }

    @Test
    void aSmallPayloadThatInflatesPastTheLimitIsRefusedAfterItsSignatureVerified() {
        byte[] bomb = new byte[PushCodec.MAX_CONTENT_BYTES + 1];
        byte[] wire = PushCodec.encode(new PushSigner(PROVINCE.getPrivate())
                .sign(PushKind.CATALOG, 7, 1_796_000_000_000L, bomb));
        assertThat(wire.length).isLessThan(PushCodec.MAX_BYTES);
        assertThat(reason(verifier.verify(wire))).isEqualTo("content-too-large");
    }

    @Test
    void anotherFormatOrKindIsNotAPush() {
        assertThat(reason(verifier.verify("{\"kind\":\"catalog\"}".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("not-a-push");
        byte[] wire = signed(7);
        int kindAt = 2 + SignedPush.FORMAT.length() + 2;
        wire[kindAt] = 'X';
        assertThat(reason(verifier.verify(wire))).isEqualTo("unknown-kind");
    }

    @Test
    void theKeysRoundTripThroughPem() {
        String pem = ProvinceKeys.publicPem(PROVINCE.getPublic());
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n");
        PushVerifier again = new PushVerifier(ProvinceKeys.parsePublic(pem));
        assertThat(again.verify(signed(9))).isInstanceOf(PushVerdict.Verified.class);
    }

    private static String reason(PushVerdict v) {
        assertThat(v).isInstanceOf(PushVerdict.Refused.class);
        return ((PushVerdict.Refused) v).reason();
    }
}
