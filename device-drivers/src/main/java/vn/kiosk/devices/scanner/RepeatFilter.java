// Drops a scan that repeats the one just before it within a short window, as a scanner held over a code does.
package vn.kiosk.devices.scanner;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers only a keyed hash of the last payload, with a random key that lives as long as this filter, so
 * that no scanned content stays in a field. The window slides: each sighting of the same payload renews it,
 * so a code held under the scanner is delivered once however long it stays there.
 */
public final class RepeatFilter {

    public static final Duration DEFAULT_WINDOW = Duration.ofMillis(1500);

    private final long windowNanos;
    private final Mac mac;
    private byte[] lastDigest;
    private long lastSeenAt;

    public RepeatFilter() {
        this(DEFAULT_WINDOW);
    }

    public RepeatFilter(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("the repeat window cannot be negative");
        }
        this.windowNanos = window.toNanos();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no HmacSHA256, which every Java must have", e);
        }
    }

    /**
     * @param nowNanos a monotonic time in nanoseconds
     * @return true when the payload should be delivered, false when it repeats the last one within the window
     */
    public synchronized boolean admit(String payload, long nowNanos) {
        byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        boolean repeat = lastDigest != null && MessageDigest.isEqual(digest, lastDigest)
                && nowNanos - lastSeenAt < windowNanos;
        lastDigest = digest;
        lastSeenAt = nowNanos;
        return !repeat;
    }
}
