// Which province version the catalog in force and the one kept before it are (0: the kiosk's own file), on disk.
package vn.kiosk.app.tech;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Kept beside the catalog files so that it travels with them, and moved with each of their changes: a push,
 * a technician's upload, a rollback. {@code newest} is the highest version ever taken and only rises, so a
 * rollback is not undone by the province's retained copy arriving again on the next connection, and an old
 * signed push replayed by someone cannot bring an old catalog back.
 */
public final class CatalogOrigin {

    public record Versions(long inForce, long previous, long newest) {
        static final Versions NONE = new Versions(0, 0, 0);
    }

    private final Path file;
    private volatile Versions versions;

    public CatalogOrigin(Path file) {
        this.file = file;
        this.versions = read(file);
    }

    public Versions versions() {
        return versions;
    }

    synchronized void pushed(long version) {
        Versions v = versions;
        save(new Versions(version, v.inForce(), Math.max(v.newest(), version)));
    }

    synchronized void replacedLocally() {
        Versions v = versions;
        save(new Versions(0, v.inForce(), v.newest()));
    }

    synchronized void swappedWithPrevious() {
        Versions v = versions;
        save(new Versions(v.previous(), v.inForce(), v.newest()));
    }

    /** To a file beside it, forced, then renamed over it: after a power cut it is the old one or the new one. */
    private void save(Versions next) {
        Properties p = new Properties();
        p.setProperty("in-force", Long.toString(next.inForce()));
        p.setProperty("previous", Long.toString(next.previous()));
        p.setProperty("newest", Long.toString(next.newest()));
        Path tmp = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), "province catalog versions: 0 is the kiosk's own");
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + file, e);
        }
        versions = next;
    }

    private static Versions read(Path file) {
        if (!Files.exists(file)) {
            return Versions.NONE;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return new Versions(Long.parseLong(p.getProperty("in-force", "0")),
                    Long.parseLong(p.getProperty("previous", "0")), Long.parseLong(p.getProperty("newest", "0")));
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read " + file + "; remove it to take the next province catalog", e);
        }
    }
}
