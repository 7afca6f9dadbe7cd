// The command line that plays clip files: a template with {file} (one run per clip) or {files} (one run for all).
package vn.kiosk.devices.announcer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

public record PlayerCommand(List<String> template) {

    public static final String FILE = "{file}";
    public static final String FILES = "{files}";

    /** PipeWire's player, present on Raspberry Pi OS desktop; plays Ogg Vorbis and WAV through libsndfile. */
    public static final PlayerCommand PW_PLAY = new PlayerCommand(List.of("pw-play", FILE));
    /** SoX's player: all clips in one run, so no gap from starting a program between words. */
    public static final PlayerCommand SOX_PLAY = new PlayerCommand(List.of("play", "-q", FILES));
    /** ALSA's player: always there, but it plays WAV only, so it needs recorded WAV clips. */
    public static final PlayerCommand APLAY = new PlayerCommand(List.of("aplay", "-q", FILES));

    public PlayerCommand {
        template = List.copyOf(template);
        if (template.isEmpty() || template.get(0).isBlank()) {
            throw new IllegalArgumentException("a player command names a program");
        }
    }

    /** A command line from configuration, split at spaces: "pw-play --volume 0.8 {file}". */
    public static PlayerCommand parse(String line) {
        return new PlayerCommand(List.of(line.strip().split("\\s+")));
    }

    /** The first player installed: pw-play, else sox's play, else aplay. */
    public static PlayerCommand detect(Predicate<String> installed) {
        for (PlayerCommand p : List.of(PW_PLAY, SOX_PLAY, APLAY)) {
            if (installed.test(p.program())) {
                return p;
            }
        }
        return APLAY;
    }

    /** Looks for an executable of that name on the PATH. */
    public static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    public String program() {
        return template.get(0);
    }

    /** The runs that play these files in order; without a placeholder each file goes last, one per run. */
    public List<List<String>> commands(List<Path> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        if (template.contains(FILES)) {
            List<String> all = new ArrayList<>();
            for (String part : template) {
                if (FILES.equals(part)) {
                    files.forEach(f -> all.add(f.toString()));
                } else {
                    all.add(part);
                }
            }
            return List.of(List.copyOf(all));
        }
        List<List<String>> runs = new ArrayList<>();
        for (Path f : files) {
            List<String> one = new ArrayList<>(template.stream().map(p -> FILE.equals(p) ? f.toString() : p).toList());
            if (!template.contains(FILE)) {
                one.add(f.toString());
            }
            runs.add(List.copyOf(one));
        }
        return List.copyOf(runs);
    }
}
