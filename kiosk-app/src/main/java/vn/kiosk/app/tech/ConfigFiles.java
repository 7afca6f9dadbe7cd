// The technician's files in the configuration folder: centre.yaml and the catalog, each replaced atomically
// with the version before it kept beside it.
package vn.kiosk.app.tech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.kiosk.app.web.ApiError;

public final class ConfigFiles {

    static final String CENTRE = "centre.yaml";
    static final String CATALOG = "catalog/procedures.json";
    /** The version before the last replacement, for a one-click rollback. */
    static final String PREVIOUS = ".previous";
    private static final Logger LOG = Logger.getLogger(ConfigFiles.class.getName());

    private final Path dir;

    public ConfigFiles(Path configDir) {
        this.dir = configDir;
    }

    /** centre.yaml as it is on disk, the commune's own set-up (the province's settings are not in it). */
    public Optional<String> readCentre() {
        Path p = dir.resolve(CENTRE);
        try {
            return Files.isRegularFile(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeCentre(String yamlText) {
        replace(dir.resolve(CENTRE), yamlText.getBytes(StandardCharsets.UTF_8));
    }

    /** The uplink's settings from the technician's page, read over application.yaml at the next start. */
    public void writeUplink(String yamlText) {
        replace(dir.resolve("uplink.yaml"), yamlText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The phones' address from the technician's page, read over application.yaml at the next start. */
    public void writePublicUrl(String yamlText) {
        replace(dir.resolve("public-url.yaml"), yamlText.getBytes(StandardCharsets.UTF_8));
    }

    public Path catalog() {
        return dir.resolve(CATALOG);
    }

    /** Which province versions the catalog and its previous copy are, kept beside them. */
    public CatalogOrigin catalogOrigin() {
        return new CatalogOrigin(catalog().resolveSibling("procedures.province.properties"));
    }

    public void writeCatalog(byte[] json) {
        replace(catalog(), json);
    }

    public Optional<byte[]> previousCatalog() {
        Path p = previous(catalog());
        try {
            return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Swaps the catalog with the version before it, so that a second rollback undoes the first. */
    public void swapCatalogWithPrevious() {
        Path current = catalog();
        Path before = previous(current);
        Path tmp = current.resolveSibling(current.getFileName() + ".swap");
        try {
            Files.move(before, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(current, before, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, current, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw notWritable(current.getParent(), e);
        }
    }

    /**
     * A province push's file in the configuration folder ({@code province/ticker.json}, ...), replaced as the
     * catalog is with the one before it kept. A file that did not exist before leaves no previous copy, so the
     * previous is always the version that was in force just before (none: the kiosk's own setting).
     */
    public void writePushed(String relative, byte[] content) {
        Path file = dir.resolve(relative);
        try {
            if (!Files.exists(file)) {
                Files.deleteIfExists(previous(file));
            }
        } catch (IOException e) {
            throw notWritable(file.getParent(), e);
        }
        replace(file, content);
    }

    public Optional<byte[]> readPushed(String relative, boolean previousCopy) {
        Path file = dir.resolve(relative);
        Path p = previousCopy ? previous(file) : file;
        try {
            return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Swaps a pushed file with its previous copy; either may be absent (the kiosk's own setting). */
    public void swapPushedWithPrevious(String relative) {
        Path current = dir.resolve(relative);
        Path before = previous(current);
        Path tmp = current.resolveSibling(current.getFileName() + ".swap");
        try {
            Files.deleteIfExists(tmp);
            if (Files.exists(before)) {
                Files.move(before, tmp);
            }
            if (Files.exists(current)) {
                Files.move(current, before);
            }
            if (Files.exists(tmp)) {
                Files.move(tmp, current, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw notWritable(current.getParent(), e);
        }
    }

    /** Which province versions a pushed file and its previous copy are, kept beside them. */
    public CatalogOrigin pushedOrigin(String relative) {
        Path file = dir.resolve(relative);
        String name = file.getFileName().toString();
        return new CatalogOrigin(file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".province.properties"));
    }

    private static Path previous(Path file) {
        return file.resolveSibling(file.getFileName() + PREVIOUS);
    }

    /** Writes beside the file and moves over it, so a power cut leaves the old file or the new one, never half. */
    private static void replace(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".new");
            Files.write(tmp, content);
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            if (Files.exists(file)) {
                Files.copy(file, previous(file), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw notWritable(file.getParent(), e);
        }
    }

    /**
     * The configuration folder is read-only (a systemd unit without it in ReadWritePaths, a read-only root):
     * nothing was changed, and the technician is told where the kiosk needs to write.
     */
    private static ApiError notWritable(Path folder, IOException e) {
        LOG.log(Level.WARNING, "cannot write the configuration folder " + folder, e);
        return new ApiError(503, "config_not_writable", "error.config_not_writable", folder);
    }
}
