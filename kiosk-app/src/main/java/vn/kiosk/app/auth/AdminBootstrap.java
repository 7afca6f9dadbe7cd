// Creates the admin account on the first start: from KIOSK_ADMIN_PASSWORD, or a one-time password to change.
package vn.kiosk.app.auth;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;

public final class AdminBootstrap {

    public static final String ADMIN = "admin";
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private AdminBootstrap() {
    }

    /**
     * @return the one-time password to show once, when one was generated; empty when accounts existed
     *         or the technician set the password through the environment
     */
    public static Optional<String> ensureAdmin(AccountRepository accounts, PasswordHasher hasher,
                                               String presetPassword) {
        if (!accounts.isEmpty()) {
            return Optional.empty();
        }
        boolean preset = presetPassword != null && !presetPassword.isBlank();
        String password = preset ? presetPassword : oneTimePassword();
        accounts.create(new Account(ADMIN, hasher.hash(password.toCharArray()), EnumSet.allOf(Role.class),
                !preset));
        return preset ? Optional.empty() : Optional.of(password);
    }

    /** Sixteen letters and digits in groups of four, without look-alikes (0/O, 1/l/I). */
    public static String oneTimePassword() {
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
