// Finds voice clips by name: a technician's recording first, then the province's voice pack, then the shipped clip.
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
import vn.kiosk.link.push.VoicePack;

public final class VoiceClips {

    /** Where the generated clips live on the class path, also served to the display page as /voice/vi/. */
    public static final String SHIPPED = "web/voice/";

    /** The province's packs in the configuration folder: one folder per version, {@code current} the one in force. */
    public static final String PACKS = "province/voice";
    /** The link in {@link #PACKS} to the version in force, replaced in one rename when a pack is switched. */
    public static final String CURRENT = "current";

    /** Lower-case ASCII words joined by dashes: nothing that could climb out of the folder. */
    private static final Pattern NAME = VoicePack.CLIP_NAME;
    private static final String SHIPPED_TYPE = "ogg";
    private static final List<String> RECORDED_TYPES = List.of("wav", "ogg");

    private final Path recordings;
    /** The pack in force's clips in this language, through the current link; null where packs are not taken. */
    private final Path pack;
    private final String shipped;
    private final ClassLoader loader;
    private Path unpacked;

    /**
     * @param recordings the technician's folder (config/voice); looked at on every call, so a dropped-in
     *                   recording is used from the next call-out on without a restart
     * @param language   the shipped set, "vi"
     */
    public VoiceClips(Path recordings, String language) {
        this(recordings, null, language);
    }

    private VoiceClips(Path recordings, Path pack, String language) {
        this.recordings = recordings;
        this.pack = pack;
        this.shipped = SHIPPED + language + "/";
        this.loader = VoiceClips.class.getClassLoader();
    }

    /**
     * The kiosk's clips: config/voice, then the province pack in force under config/province/voice (read through
     * its link on every call, so a pack switched or rolled back is heard from the next call-out on).
     *
     * <p>The technician's recording wins over the province's pack: it was made on purpose at this commune (a
     * local name said the local way), and deleting it on /tech's folder gives the pack's clip back.
     */
    public static VoiceClips inConfig(Path configDir, String language) {
        return new VoiceClips(configDir.resolve("voice"), configDir.resolve(PACKS).resolve(CURRENT).resolve(language),
                language);
    }

    /** Whether the kiosk ships clips in this language: a pack in it has something to fall back on. */
    public static boolean ships(String language) {
        return VoicePack.CLIP_NAME.matcher(language).matches()
                && VoiceClips.class.getClassLoader().getResource(SHIPPED + language + "/chime." + SHIPPED_TYPE) != null;
    }

    /** The technician's recordings folder. */
    public Path recordings() {
        return recordings;
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
        if (pack != null) {
            for (String type : RECORDED_TYPES) {
                Path file = pack.resolve(name + "." + type);
                if (Files.isRegularFile(file)) {
                    return Optional.of(new VoiceClip(name, type, false, url(file)));
                }
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
        if (clip.location().getProtocol().equals("file")) {
            try {
                // A recording or a pack's clip: the file itself (for a pack, the version's own, not the link).
                return Path.of(clip.location().toURI()).toRealPath();
            } catch (java.net.URISyntaxException | IOException e) {
                throw new UncheckedIOException("voice clip " + clip.name() + " is gone", e instanceof IOException io
                        ? io : new IOException(e));
            }
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
