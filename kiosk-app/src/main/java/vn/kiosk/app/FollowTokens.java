// Unguessable tokens for following a ticket on a phone: 128 random bits, URL-safe.
package vn.kiosk.app;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

public final class FollowTokens implements Supplier<String> {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String get() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
