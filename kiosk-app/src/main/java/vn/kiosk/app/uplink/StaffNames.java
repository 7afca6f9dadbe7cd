// Staff user names as they leave the kiosk: a keyed hash, unless the province turned names on.
package vn.kiosk.app.uplink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key stays on the kiosk (a file in its data folder made at the first uplink), so the province can
 * count per officer and follow one officer over months, but cannot turn a hash back into a name or test a
 * guessed name.
 */
public final class StaffNames {

    private final byte[] key;
    private final boolean inClear;

    StaffNames(byte[] key, boolean inClear) {
        this.key = key.clone();
        this.inClear = inClear;
    }

    public static StaffNames open(Path keyFile, boolean inClear) {
        try {
            if (!Files.exists(keyFile)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(keyFile.getParent());
                Files.writeString(keyFile, HexFormat.of().formatHex(fresh), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system; the data folder's own permissions then guard it
                }
            }
            return new StaffNames(HexFormat.of().parseHex(Files.readString(keyFile).strip()), inClear);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uplink key " + keyFile, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the uplink key " + keyFile + " is not hex", e);
        }
    }

    /** The name as it crosses: null stays null, "-" (no officer) stays itself. */
    public String outgoing(String name) {
        if (name == null || name.equals("-") || inClear) {
            return name;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] h = mac.doFinal(name.getBytes(StandardCharsets.UTF_8));
            return "h:" + HexFormat.of().formatHex(h, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
