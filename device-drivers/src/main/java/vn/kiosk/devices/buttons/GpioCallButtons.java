// Call buttons wired to the Pi's GPIO header, with a busy lamp per counter.
package vn.kiosk.devices.buttons;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import vn.kiosk.devices.DeviceStatus;

/**
 * Opening the GPIO lines waits for {@link #start}: on a machine that is not a Pi the kiosk still
 * starts, and the status says why there are no buttons.
 */
public final class GpioCallButtons implements CallButtons {

    private final GpioWiring wiring;
    private final Supplier<GpioLines> opener;
    private final Scheduler scheduler;
    private final Clock clock;
    private final String where;

    private GpioLines lines;
    private volatile Consumer<ButtonPress> listener;
    private volatile Instant lastActivity;
    private volatile String lastError;
    private final AtomicLong presses = new AtomicLong();

    /**
     * @param opener opens the GPIO lines (Pi4J's gpiod provider on a Pi)
     * @param where  for the status: the gpiochip, or "mock"
     */
    public GpioCallButtons(GpioWiring wiring, Supplier<GpioLines> opener, Scheduler scheduler, Clock clock,
                           String where) {
        this.wiring = wiring;
        this.opener = opener;
        this.scheduler = scheduler;
        this.clock = clock;
        this.where = where;
    }

    @Override
    public String id() {
        return "buttons";
    }

    @Override
    public String driver() {
        return "gpio";
    }

    @Override
    public synchronized void start(Consumer<ButtonPress> onPress) {
        listener = onPress;
        if (lines != null) {
            return;
        }
        GpioLines opened = null;
        try {
            opened = opener.get();
            for (BusyLed led : wiring.leds()) {
                opened.output(led.bcm());
            }
            for (ButtonPin pin : wiring.buttons()) {
                GpioLines l = opened;
                PressDetector detector = new PressDetector(pin, () -> l.isLow(pin.bcm()), scheduler, wiring,
                        action -> pressed(new ButtonPress(pin.counterId(), action)));
                opened.input(pin.bcm(), detector::edge);
                detector.begin();
            }
            lines = opened;
        } catch (RuntimeException | LinkageError e) {
            // Not a Pi, no gpiochip, no permission on /dev/gpiochip*, or the native library is missing.
            lastError = "GPIO could not be opened: " + e;
            if (opened != null) {
                opened.close();
            }
        }
    }

    private void pressed(ButtonPress press) {
        presses.incrementAndGet();
        lastActivity = clock.instant();
        Consumer<ButtonPress> l = listener;
        if (l != null) {
            l.accept(press);
        }
    }

    @Override
    public synchronized void showBusy(int counterId, boolean busy) {
        if (lines == null) {
            return;
        }
        for (BusyLed led : wiring.leds()) {
            if (led.counterId() == counterId) {
                lines.set(led.bcm(), busy);
            }
        }
    }

    @Override
    public synchronized DeviceStatus status() {
        boolean open = lines != null;
        return new DeviceStatus(open, open ? "READY" : lastError == null ? "NOT_STARTED" : "UNAVAILABLE",
                lastError, lastActivity, Map.of(
                        "gpio", where,
                        "buttons", wiring.buttons().size(),
                        "lamps", wiring.leds().size(),
                        "presses", presses.get()));
    }

    @Override
    public synchronized void close() {
        scheduler.close();
        if (lines != null) {
            lines.close();
            lines = null;
        }
    }
}
