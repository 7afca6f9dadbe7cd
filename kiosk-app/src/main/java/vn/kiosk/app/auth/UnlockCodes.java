// One-time unlock codes that a technician makes on the Pi itself; the sign-in takes one in place of a lock-out.
package vn.kiosk.app.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A code is a file {@code unlock-codes/<account>} in the data folder holding the code's SHA-256 and when it
 * expires. A file, not a database row: the database has one writer, the server, and a second process writing
 * to it could hold the lock while a ticket commits, or leave root-owned journal files the service cannot open.
 * Making a code needs a shell on the Pi, which nobody on the centre's network has; using it needs the account's
 * password as well, so a code unlocks but never signs anyone in by itself.
 */
public final class UnlockCodes {

    /** How long a code made on the Pi may be used. */
    public static final Duration LIFETIME = Duration.ofMinutes(15);

    /** A code made: the text to type and when it stops working. */
    public record Issued(String code, Instant expires) {
    }

    private final Path folder;

    public UnlockCodes(Path dataDir) {
        this.folder = dataDir.resolve("unlock-codes");
    }

    /** Makes a new code for the account, replacing an unused one; the file belongs to the data folder's owner. */
    public Issued issue(String username, Instant now) {
        if (!Account.NAME.matcher(username).matches()) {
            throw new IllegalArgumentException("not an account name: " + username);
        }
        String code = AdminBootstrap.oneTimePassword();
        Instant expires = now.plus(LIFETIME);
        try {
            Files.createDirectories(folder);
            UserPrincipal owner = Files.getOwner(folder.getParent());
            Path tmp = Files.createTempFile(folder, username, ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, sha256(code) + " " + expires.toEpochMilli() + "\n", StandardCharsets.US_ASCII);
            // Run as root, the code would otherwise be a file the service's own user cannot read.
            if (!Files.getOwner(tmp).equals(owner)) {
                Files.setOwner(folder, owner);
                Files.setOwner(tmp, owner);
            }
            try {
                Files.move(tmp, file(username), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(username), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the unlock code in " + folder, e);
        }
        return new Issued(code, expires);
    }

    /**
     * Uses up the account's code when {@code code} is it and has not expired. A wrong code leaves the right one
     * in place, so that nobody can spend the technician's code by guessing; an expired one is removed.
     */
    public boolean consume(String username, String code, Instant now) {
        if (code == null || !Account.NAME.matcher(username).matches()) {
            return false;
        }
        Optional<String[]> stored = read(username);
        if (stored.isEmpty()) {
            return false;
        }
        String[] parts = stored.get();
        boolean expired = parts.length != 2 || !parts[1].chars().allMatch(Character::isDigit) || parts[1].length() > 18
                || !now.isBefore(Instant.ofEpochMilli(Long.parseLong(parts[1])));
        if (expired) {
            delete(username);
            return false;
        }
        boolean same = MessageDigest.isEqual(parts[0].getBytes(StandardCharsets.US_ASCII),
                sha256(code.strip()).getBytes(StandardCharsets.US_ASCII));
        // Only the sign-in that deletes the file has used the code: two at once cannot both have it.
        return same && delete(username);
    }

    private Optional<String[]> read(String username) {
        try {
            // Decoded leniently: a file someone garbled on the Pi is a code that does not match, not an error.
            return Optional.of(new String(Files.readAllBytes(file(username)), StandardCharsets.US_ASCII).strip()
                    .split(" "));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the unlock code of " + username, e);
        }
    }

    private boolean delete(String username) {
        try {
            return Files.deleteIfExists(file(username));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the unlock code of " + username, e);
        }
    }

    private Path file(String username) {
        return folder.resolve(username);
    }

    private static String sha256(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
