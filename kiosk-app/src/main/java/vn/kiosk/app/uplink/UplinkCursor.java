// How far the province has acknowledged this kiosk's outbox, kept in a file that is replaced atomically.
package vn.kiosk.app.uplink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * A file of its own rather than a row in the kiosk's database, so that moving the cursor never waits behind
 * (or adds work to) the single writer that issues tickets. Written to a temporary file, forced to disk and
 * renamed over the old one: after a power cut the cursor is the old or the new one, never half of each.
 * Moving it only after the broker's acknowledgement means a crash can resend a batch, never skip one.
 */
public final class UplinkCursor {

    /** @param ratingAt the newest rating sent (time, then ticket id as the tie-break) */
    public record Position(long eventSeq, long ratingAt, String ratingTicket, long rollupAt, String rollupDay) {
        public static final Position START = new Position(0, 0, "", 0, "");

        Position events(long seq) {
            return new Position(seq, ratingAt, ratingTicket, rollupAt, rollupDay);
        }

        Position rating(long at, String ticket) {
            return new Position(eventSeq, at, ticket, rollupAt, rollupDay);
        }

        Position rollup(long at, String day) {
            return new Position(eventSeq, ratingAt, ratingTicket, at, day);
        }
    }

    private final Path file;
    private volatile Position position;

    public UplinkCursor(Path file) {
        this.file = file;
        this.position = read(file);
    }

    public Position position() {
        return position;
    }

    public synchronized void save(Position next) {
        Properties p = new Properties();
        p.setProperty("event-seq", Long.toString(next.eventSeq()));
        p.setProperty("rating-at", Long.toString(next.ratingAt()));
        p.setProperty("rating-ticket", next.ratingTicket());
        p.setProperty("rollup-at", Long.toString(next.rollupAt()));
        p.setProperty("rollup-day", next.rollupDay());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "uplink: acknowledged by the province broker");
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the uplink cursor " + file, e);
        }
        position = next;
    }

    private static Position read(Path file) {
        if (!Files.exists(file)) {
            return Position.START;
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return new Position(Long.parseLong(p.getProperty("event-seq", "0")),
                    Long.parseLong(p.getProperty("rating-at", "0")), p.getProperty("rating-ticket", ""),
                    Long.parseLong(p.getProperty("rollup-at", "0")), p.getProperty("rollup-day", ""));
        } catch (IOException | NumberFormatException e) {
            // A cursor that cannot be read is started again: the hub's (centre, seq) key makes resending harmless.
            return Position.START;
        }
    }
}
