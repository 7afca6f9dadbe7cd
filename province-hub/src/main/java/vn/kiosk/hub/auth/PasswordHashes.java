// PBKDF2-HMAC-SHA256 with a salt per password; the hub's own copy of the rule the kiosk follows, same stored form.
package vn.kiosk.hub.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Stored as {@code pbkdf2-sha256$iterations$salt$key} (base64 without padding), the kiosk's form, so an account
 * could move between them; the kiosk cannot be a dependency of the hub, hence this one small class twice.
 *
 * @param iterations OWASP's 2023 floor (600 000) in service; tests may pass fewer
 */
public record PasswordHashes(SecureRandom random, int iterations) {

    public static final int ITERATIONS = 600_000;
    private static final String SCHEME = "pbkdf2-sha256";

    public static PasswordHashes standard() {
        return new PasswordHashes(new SecureRandom(), ITERATIONS);
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return String.join("$", SCHEME, Integer.toString(iterations), b64.encodeToString(salt),
                b64.encodeToString(derive(password, salt, iterations)));
    }

    /** Constant-time comparison; a stored value of another form never matches. */
    public boolean matches(char[] password, String stored) {
        String[] p = stored == null ? new String[0] : stored.split("\\$");
        if (p.length != 4 || !SCHEME.equals(p[0])) {
            return false;
        }
        try {
            byte[] expected = Base64.getDecoder().decode(p[3]);
            return MessageDigest.isEqual(expected, derive(password, Base64.getDecoder().decode(p[2]),
                    Integer.parseInt(p[1])));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
