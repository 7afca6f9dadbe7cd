// Checks a push message against the province's public key: its size, its form, then its Ed25519 signature.
package vn.kiosk.link.push;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;

/**
 * The signature is checked before the payload is inflated, so nothing an outsider wrote is ever decompressed
 * or parsed beyond the fixed header.
 */
public final class PushVerifier {

    private final PublicKey key;

    public PushVerifier(PublicKey key) {
        this.key = key;
    }

    public PushVerdict verify(byte[] wire) {
        return switch (PushCodec.decode(wire)) {
            case PushCodec.Decoded.Refused r -> r.refusal();
            case PushCodec.Decoded.Push p -> signed(p.push())
                    ? PushCodec.inflate(p.push())
                    : new PushVerdict.Refused("bad-signature", p.push().kind().code() + " version "
                            + p.push().version() + " is not signed by the province key");
        };
    }

    private boolean signed(SignedPush push) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(push.signedBytes());
            return s.verify(push.signature());
        } catch (java.security.SignatureException e) {
            // A signature of the wrong shape is as bad as a wrong one.
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15; the key is not an Ed25519 key", e);
        }
    }
}
