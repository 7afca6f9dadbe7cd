// Signs a push with the province's private key: compresses the content and signs the canonical bytes.
package vn.kiosk.link.push;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

public final class PushSigner {

    private final PrivateKey key;

    public PushSigner(PrivateKey key) {
        this.key = key;
    }

    public SignedPush sign(PushKind kind, long version, long issuedAt, byte[] content) {
        byte[] payload = PushCodec.compress(content);
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(SignedPush.signedBytes(kind, version, issuedAt, payload));
            return new SignedPush(kind, version, issuedAt, payload, s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the province key is not an Ed25519 private key", e);
        }
    }
}
