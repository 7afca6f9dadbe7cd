// The province's Ed25519 signing key in the hub's data folder: made at the first start, the private half mode 600.
package vn.kiosk.hub.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.logging.Logger;

import vn.kiosk.link.push.ProvinceKeys;
import vn.kiosk.link.push.PushSigner;

/**
 * The private key file is created with its mode already 600 (never readable by others, not even for a moment);
 * the public key beside it is the file a technician installs on every kiosk. Losing the private key means
 * installing a new public key everywhere, so the data folder belongs in the province server's backup.
 */
public final class SigningKey {

    static final String PRIVATE_FILE = "province-signing.key";
    public static final String PUBLIC_FILE = "province-signing.pub.pem";

    private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final Path publicFile;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey, Path publicFile) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.publicFile = publicFile;
    }

    public static SigningKey openOrCreate(Path dataDir) {
        Path priv = dataDir.resolve(PRIVATE_FILE);
        Path pub = dataDir.resolve(PUBLIC_FILE);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(priv)) {
                create(priv, pub);
            }
            return new SigningKey(ProvinceKeys.readPrivate(priv), ProvinceKeys.readPublic(pub), pub);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the province signing key in " + dataDir, e);
        }
    }

    private static void create(Path priv, Path pub) throws IOException {
        KeyPair pair = ProvinceKeys.generate();
        try {
            Files.createFile(priv, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (a developer's machine): the data folder's own permissions guard it.
            Files.createFile(priv);
        } catch (FileAlreadyExistsException e) {
            // A second hub started at the same moment made it: use that one.
            return;
        }
        Files.writeString(pub, ProvinceKeys.publicPem(pair.getPublic()), StandardCharsets.US_ASCII);
        Files.writeString(priv, ProvinceKeys.privatePem(pair.getPrivate()), StandardCharsets.US_ASCII);
        LOG.info(() -> "made the province signing key " + priv + "; install " + pub + " on every kiosk");
    }

    public PushSigner signer() {
        return new PushSigner(privateKey);
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as the PEM text a kiosk installs. */
    public String publicPem() {
        return ProvinceKeys.publicPem(publicKey);
    }

    public Path publicFile() {
        return publicFile;
    }
}
