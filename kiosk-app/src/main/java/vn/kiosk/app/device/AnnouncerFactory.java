// Builds the configured announcer: the simulator, or clips played on the Pi's own audio output (kiosk.announcer).
package vn.kiosk.app.device;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.helidon.config.Config;

import vn.kiosk.app.voice.VoiceClips;
import vn.kiosk.devices.announcer.Announcer;
import vn.kiosk.devices.announcer.ClipPlayerAnnouncer;
import vn.kiosk.devices.announcer.OsProcessRunner;
import vn.kiosk.devices.announcer.PlayerCommand;
import vn.kiosk.devices.announcer.SimulatedAnnouncer;

final class AnnouncerFactory {

    private AnnouncerFactory() {
    }

    static Announcer create(String driver, Config announcer, VoiceClips clips, Clock clock, List<String> problems) {
        return switch (driver) {
            case DeviceSet.SIMULATED -> new SimulatedAnnouncer(clock);
            case "player" -> new ClipPlayerAnnouncer(clips::file,
                    player(announcer.get("player").asString().orElse("auto")),
                    new OsProcessRunner(Duration.ofSeconds(announcer.get("timeout-seconds").asInt().orElse(30))),
                    clock);
            default -> {
                problems.add("kiosk.devices.announcer: \"" + driver + "\" is not one of simulated, player");
                yield null;
            }
        };
    }

    /** "auto": pw-play, else sox's play, else aplay; otherwise a command line with {file} or {files}. */
    static PlayerCommand player(String setting) {
        return "auto".equals(setting.strip())
                ? PlayerCommand.detect(PlayerCommand::onPath) : PlayerCommand.parse(setting);
    }
}
