// Finds voice clips by name: a recording in the technician's voice folder replaces the shipped default.
package vn.kiosk.app.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.kiosk.link.catalog.VietnameseFold;

public final class VoiceClips {

    /** Where the generated clips live on the class path, also served to the display page as /voice/vi/. */
    public static final String SHIPPED = "web/voice/";

    /** Lower-case ASCII words joined by dashes: nothing that could climb out of the folder. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String SHIPPED_TYPE = "ogg";
    private static final List<String> RECORDED_TYPES = List.of("wav", "ogg");

    private final Path recordings;
    private final String shipped;
    private final ClassLoader loader;
    private Path unpacked;

    /**
     * @param recordings the technician's folder (config/voice); looked at on every call, so a dropped-in
     *                   recording is used from the next call-out on without a restart
     * @param language   the shipped set, "vi"
     */
    public VoiceClips(Path recordings, String language) {
        this.recordings = recordings;
        this.shipped = SHIPPED + language + "/";
        this.loader = VoiceClips.class.getClassLoader();
    }

    /** The clip name of a configured phrase: its words without accents, joined by dashes. */
    public static String nameFor(String phrase) {
        String name = VietnameseFold.fold(phrase).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs at least one letter or digit to name its clip");
        }
        return name;
    }

    public Optional<VoiceClip> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        for (String type : RECORDED_TYPES) {
            Path file = recordings.resolve(name + "." + type);
            if (Files.isRegularFile(file)) {
                return Optional.of(new VoiceClip(name, type, true, url(file)));
            }
        }
        URL resource = loader.getResource(shipped + name + "." + SHIPPED_TYPE);
        return resource == null ? Optional.empty() : Optional.of(new VoiceClip(name, SHIPPED_TYPE, false, resource));
    }

    /**
     * A file a player program can open: the recording itself, or the shipped clip copied once out of
     * the application's jar into a private temporary folder.
     */
    public Optional<Path> file(String name) {
        return find(name).map(this::fileOf);
    }

    /** The names among these that have no clip at all. */
    public List<String> missing(List<String> names) {
        return names.stream().distinct().filter(n -> find(n).isEmpty()).toList();
    }

    private Path fileOf(VoiceClip clip) {
        if (clip.recorded()) {
            return recordings.resolve(clip.name() + "." + clip.type());
        }
        try {
            Path target = unpackedFolder().resolve(clip.name() + "." + clip.type());
            if (!Files.exists(target)) {
                try (InputStream in = clip.open()) {
                    Path part = Files.createTempFile(target.getParent(), clip.name(), ".part");
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    target.toFile().deleteOnExit();
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack voice clip " + clip.name(), e);
        }
    }

    private synchronized Path unpackedFolder() throws IOException {
        if (unpacked == null) {
            unpacked = Files.createTempDirectory("kiosk-voice-");
            unpacked.toFile().deleteOnExit();
        }
        return unpacked;
    }

    private static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
