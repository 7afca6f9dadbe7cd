// The first start makes the admin account: with HUB_ADMIN_PASSWORD, or a one-time password printed once.
package vn.kiosk.hub.auth;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

public final class AdminBootstrap {

    public static final String ADMIN = "admin";
    /** No look-alikes (0/O, 1/l/I), so it can be read off a console and typed. */
    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private AdminBootstrap() {
    }

    /**
     * Either way the password must be changed at the first sign-in, so no password known before the first
     * boot survives it.
     *
     * @return the generated one-time password to show once; empty when accounts existed or one was preset
     */
    public static Optional<String> ensureAdmin(Accounts accounts, PasswordHashes hashes, String preset, Instant now) {
        if (!accounts.isEmpty()) {
            return Optional.empty();
        }
        boolean given = preset != null && !preset.isBlank();
        String password = given ? preset : oneTimePassword();
        accounts.create(new Account(ADMIN, hashes.hash(password.toCharArray()), EnumSet.allOf(Role.class), true), now);
        return given ? Optional.empty() : Optional.of(password);
    }

    static String oneTimePassword() {
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        }
        return sb.toString();
    }
}
