// Issues, checks and revokes bearer tokens for machine clients; the token is shown once and only its hash is kept.
package vn.kiosk.app.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public final class MachineTokens {

    /** A newly issued token: what is listed, and the secret the technician copies into the client once. */
    public record Issued(MachineToken token, String secret) {
    }

    /** The prefix makes a leaked token easy to recognise in a log or a paste. */
    static final String PREFIX = "kiosk_";
    /** Writing the last-used time at most this often keeps a busy keypad from writing on every press. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final TokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public MachineTokens(TokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public Issued issue(String name, Set<Role> roles, String by) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        byte[] idBytes = new byte[6];
        random.nextBytes(idBytes);
        MachineToken t = new MachineToken(HexFormat.of().formatHex(idBytes), name, roles, clock.instant(), by, null,
                null);
        tokens.create(t, hash(secret));
        return new Issued(t, secret);
    }

    /** The active token this secret belongs to, if any. */
    public Optional<MachineToken> check(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<MachineToken> t = tokens.findByHash(hash(secret)).filter(MachineToken::active);
        t.ifPresent(x -> {
            Instant now = clock.instant();
            if (x.lastUsed() == null || x.lastUsed().plus(TOUCH_EVERY).isBefore(now)) {
                tokens.touch(x.id(), now);
            }
        });
        return t;
    }

    public List<MachineToken> all() {
        return tokens.all();
    }

    public boolean revoke(String id) {
        return tokens.revoke(id, clock.instant());
    }

    /** SHA-256 is enough here: the secret is 256 random bits, not a password someone chose. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
