// Builds the configured ticket printer: the simulator, or ESC/POS over USB, serial or TCP.
package vn.kiosk.app.device;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.helidon.config.Config;

import vn.kiosk.devices.printer.SimulatedPrinter;
import vn.kiosk.devices.printer.TicketPrinter;
import vn.kiosk.devices.printer.escpos.EscPosPrinter;
import vn.kiosk.devices.printer.escpos.PrinterProfile;
import vn.kiosk.devices.printer.escpos.SerialPrinterPort;
import vn.kiosk.devices.printer.escpos.TcpPrinterPort;
import vn.kiosk.devices.printer.escpos.UsbLpPort;
import vn.kiosk.devices.serial.FlowControl;
import vn.kiosk.devices.serial.JSerialCommLine;
import vn.kiosk.devices.serial.SerialSettings;

final class PrinterFactory {

    private static final int SIMULATED_JOBS_KEPT = 200;

    private PrinterFactory() {
    }

    /** The profile named by {@code kiosk.printer.profile}; generic 80 mm when unset. */
    static PrinterProfile profile(Config printer, List<String> problems) {
        String name = printer.get("profile").asString().orElse(PrinterProfile.GENERIC_80.name());
        try {
            return PrinterProfile.named(name);
        } catch (IllegalArgumentException e) {
            problems.add("kiosk.printer.profile: " + e.getMessage());
            return PrinterProfile.GENERIC_80;
        }
    }

    static TicketPrinter create(String driver, Config printer, PrinterProfile profile, Clock clock,
                                List<String> problems) {
        Duration statusTimeout = Duration.ofMillis(printer.get("status-timeout-ms").asInt().orElse(500));
        try {
            return switch (driver) {
                case DeviceSet.SIMULATED -> new SimulatedPrinter(SIMULATED_JOBS_KEPT, clock, profile);
                case "usb" -> new EscPosPrinter("usb-lp", new UsbLpPort(
                        Path.of(printer.get("usb.device").asString().orElse("/dev/kiosk-printer")),
                        printer.get("usb.bidirectional").asBoolean().orElse(true)),
                        profile, statusTimeout, clock);
                case "serial" -> new EscPosPrinter("serial", new SerialPrinterPort(new JSerialCommLine(
                        new SerialSettings(printer.get("serial.port").asString().orElse("/dev/kiosk-printer"),
                                printer.get("serial.baud").asInt().orElse(115200),
                                flowControl(printer.get("serial.flow-control").asString().orElse("rts-cts"))))),
                        profile, statusTimeout, clock);
                case "tcp" -> new EscPosPrinter("tcp", new TcpPrinterPort(
                        printer.get("tcp.host").asString().orElseThrow(
                                () -> new IllegalArgumentException("kiosk.printer.tcp.host is needed for a network printer")),
                        printer.get("tcp.port").asInt().orElse(9100),
                        Duration.ofSeconds(3), Duration.ofSeconds(10)),
                        profile, statusTimeout, clock);
                default -> {
                    problems.add("kiosk.devices.printer: \"" + driver + "\" is not one of simulated, usb, serial, tcp");
                    yield null;
                }
            };
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static FlowControl flowControl(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "none" -> FlowControl.NONE;
            case "xon-xoff" -> FlowControl.XON_XOFF;
            case "rts-cts" -> FlowControl.RTS_CTS;
            default -> throw new IllegalArgumentException(
                    "kiosk.printer.serial.flow-control must be none, rts-cts or xon-xoff, not " + name);
        };
    }
}
