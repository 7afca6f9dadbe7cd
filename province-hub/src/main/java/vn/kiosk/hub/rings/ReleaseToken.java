// The release tool's key to the rings: a secret in a file on the hub, sent as "Authorization: Bearer ..." by
// install/province/release on the repository host, which has no hub account and no browser session.
package vn.kiosk.hub.rings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

/** Read-only: the token opens the two GET routes of the rings and nothing else. */
public final class ReleaseToken {

    /** Shorter than this is guessable; install-hub.sh writes 64 hex digits. */
    static final int MIN_LENGTH = 32;

    private final byte[] digest;

    private ReleaseToken(byte[] digest) {
        this.digest = digest;
    }

    /** None when the file is not set, missing or too short: then only signed-in people read the rings. */
    public static Optional<ReleaseToken> fromFile(String file) {
        if (file == null || file.isBlank() || !Files.isReadable(Path.of(file))) {
            return Optional.empty();
        }
        try {
            String token = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            if (token.length() < MIN_LENGTH) {
                throw new IllegalStateException(file + " holds a token shorter than " + MIN_LENGTH + " characters");
            }
            return Optional.of(new ReleaseToken(sha256(token)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** The request sends a bearer token at all (right or wrong). */
    public static boolean sent(ServerRequest req) {
        return req.headers().first(HeaderNames.AUTHORIZATION).filter(a -> a.startsWith("Bearer ")).isPresent();
    }

    /** Compared as digests, in constant time: the answer's timing says nothing of how much was right. */
    public boolean matches(ServerRequest req) {
        String sent = req.headers().first(HeaderNames.AUTHORIZATION).filter(a -> a.startsWith("Bearer "))
                .map(a -> a.substring("Bearer ".length()).strip()).orElse("");
        return MessageDigest.isEqual(digest, sha256(sent));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
