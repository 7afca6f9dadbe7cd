// The kiosk's devices, each chosen by configuration: a simulator or a real driver.
package vn.kiosk.app.device;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import io.helidon.config.Config;

import vn.kiosk.app.voice.CallOut;
import vn.kiosk.app.voice.VoiceClips;
import vn.kiosk.app.voice.VoiceWording;
import vn.kiosk.devices.Device;
import vn.kiosk.devices.announcer.Announcer;
import vn.kiosk.devices.board.DisplayBoard;
import vn.kiosk.devices.board.SimulatedDisplayBoard;
import vn.kiosk.devices.buttons.CallButtons;
import vn.kiosk.devices.buttons.SimulatedCallButtons;
import vn.kiosk.devices.printer.SimulatedPrinter;
import vn.kiosk.devices.printer.TicketPrinter;
import vn.kiosk.devices.printer.escpos.PrinterProfile;
import vn.kiosk.devices.scanner.CdcSerialScanner;
import vn.kiosk.devices.scanner.CodeScanner;
import vn.kiosk.devices.scanner.EvdevKeyboardScanner;
import vn.kiosk.devices.scanner.SimulatedScanner;
import vn.kiosk.devices.serial.FlowControl;
import vn.kiosk.devices.serial.JSerialCommLine;
import vn.kiosk.devices.serial.SerialSettings;

/**
 * @param callOut how the announcer words a call (kiosk.voice); the display page words it the same way
 */
public record DeviceSet(TicketPrinter printer, PrinterProfile printerProfile, CodeScanner scanner,
                        CallButtons buttons, Announcer announcer, CallOut callOut, DisplayBoard board)
        implements AutoCloseable {

    public static final String SIMULATED = "simulated";

    /**
     * Reads {@code kiosk.devices} (which driver each device uses) and each device's own settings
     * ({@code kiosk.printer}, {@code kiosk.scanner}, {@code kiosk.buttons}, {@code kiosk.announcer},
     * {@code kiosk.voice}); a driver that is not available stops start-up with a clear message.
     *
     * @param configDir the technician's folder; recorded voice clips are in its {@code voice} folder
     */
    public static DeviceSet fromConfig(Config kiosk, Clock clock, Path configDir) {
        Config devices = kiosk.get("devices");
        List<String> problems = new ArrayList<>();
        PrinterProfile profile = PrinterFactory.profile(kiosk.get("printer"), problems);
        TicketPrinter printer = PrinterFactory.create(devices.get("printer").asString().orElse(SIMULATED),
                kiosk.get("printer"), profile, clock, problems);
        CodeScanner scanner = scanner(devices.get("scanner").asString().orElse(SIMULATED), kiosk.get("scanner"),
                clock, problems);
        CallButtons buttons = CallButtonsFactory.create(devices.get("buttons").asString().orElse(SIMULATED),
                kiosk.get("buttons"), clock, problems);
        CallOut callOut = null;
        try {
            callOut = new CallOut(VoiceWording.fromConfig(kiosk.get("voice")));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        Announcer announcer = AnnouncerFactory.create(devices.get("announcer").asString().orElse(SIMULATED),
                kiosk.get("announcer"), VoiceClips.inConfig(configDir, "vi"), clock, problems);
        DisplayBoard board = pick(devices, "board", problems) ? new SimulatedDisplayBoard(clock) : null;
        if (!problems.isEmpty()) {
            Stream.of(printer, scanner, buttons, announcer, board).filter(Objects::nonNull).forEach(Device::close);
            throw new IllegalArgumentException("device set-up is not valid:\n  - " + String.join("\n  - ", problems));
        }
        return new DeviceSet(printer, profile, scanner, buttons, announcer, callOut, board);
    }

    /**
     * The scanner: a USB-CDC or serial one (a udev symlink, a port, or {@code usb:VVVV:PPPP}), a
     * keyboard-mode one read from its input device, or the simulator.
     */
    private static CodeScanner scanner(String driver, Config scanner, Clock clock, List<String> problems) {
        Duration reconnect = Duration.ofSeconds(2);
        try {
            return switch (driver) {
                case SIMULATED -> new SimulatedScanner(clock);
                case "cdc-serial" -> new CdcSerialScanner("scanner", new JSerialCommLine(new SerialSettings(
                        scanner.get("serial.port").asString().orElse("/dev/kiosk-scanner"),
                        scanner.get("serial.baud").asInt().orElse(115200), FlowControl.NONE)), clock, reconnect);
                case "evdev-hid" -> new EvdevKeyboardScanner("scanner", Path.of(scanner.get("evdev.device").asString()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "kiosk.scanner.evdev.device must name the scanner's /dev/input/by-id/...-event-kbd"))),
                        clock, reconnect);
                default -> {
                    problems.add("kiosk.devices.scanner: \"" + driver + "\" is not one of simulated, cdc-serial, evdev-hid");
                    yield null;
                }
            };
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    /** True for the simulator; real drivers arrive with their own issues and are refused until then. */
    private static boolean pick(Config devices, String name, List<String> problems) {
        String driver = devices.get(name).asString().orElse(SIMULATED);
        if (!SIMULATED.equals(driver)) {
            problems.add("kiosk.devices." + name + ": driver \"" + driver + "\" is not available in this build; "
                    + "use \"simulated\"");
        }
        return true;
    }

    public List<Device> all() {
        return List.of(printer, scanner, buttons, announcer, board);
    }

    /** Every device is a simulator: a developer machine or a demonstration. */
    public boolean allSimulated() {
        return all().stream().allMatch(d -> SIMULATED.equals(d.driver()));
    }

    public Optional<SimulatedPrinter> simulatedPrinter() {
        return printer instanceof SimulatedPrinter p ? Optional.of(p) : Optional.empty();
    }

    public Optional<SimulatedScanner> simulatedScanner() {
        return scanner instanceof SimulatedScanner s ? Optional.of(s) : Optional.empty();
    }

    public Optional<SimulatedCallButtons> simulatedButtons() {
        return buttons instanceof SimulatedCallButtons b ? Optional.of(b) : Optional.empty();
    }

    @Override
    public void close() {
        all().forEach(Device::close);
    }
}
