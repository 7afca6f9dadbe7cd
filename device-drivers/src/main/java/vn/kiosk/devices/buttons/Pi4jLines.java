// GPIO lines through Pi4J: the gpiod provider on a Pi, or whatever providers a given context carries (tests: mock).
package vn.kiosk.devices.buttons;

import java.util.HashMap;
import java.util.Map;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.context.ContextBuilder;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;

public final class Pi4jLines implements GpioLines {

    private final Context context;
    private final boolean ownsContext;
    private final Map<Integer, DigitalInput> inputs = new HashMap<>();
    private final Map<Integer, DigitalOutput> outputs = new HashMap<>();

    /** Uses a context made elsewhere (and leaves it open on close). */
    public Pi4jLines(Context context) {
        this(context, false);
    }

    private Pi4jLines(Context context, boolean ownsContext) {
        this.context = context;
        this.ownsContext = ownsContext;
    }

    /**
     * The Pi's GPIO through the kernel's character device (libgpiod), the interface of current
     * Raspberry Pi OS on every model including the Pi 5. Providers are named, not auto-detected: the
     * Raspberry Pi platform plugin's own digital I/O are stand-ins that would read every button as low.
     *
     * @param chip the gpiochip device name ("gpiochip0"; "gpiochip4" on a Pi 5 with an older kernel), or
     *             null for Pi4J's default
     */
    public static Pi4jLines gpiod(String chip) {
        ContextBuilder builder = Pi4J.newContextBuilder().noAutoDetect()
                .add(GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance());
        if (chip != null && !chip.isBlank()) {
            builder.setGpioChipName(chip);
        }
        return new Pi4jLines(builder.build(), true);
    }

    @Override
    public synchronized void input(int bcm, Runnable onChange) {
        DigitalInput in = context.create(DigitalInput.newConfigBuilder(context)
                .id(id(bcm)).name("call button GPIO " + bcm).address(bcm)
                .pull(PullResistance.PULL_UP)
                // Our own debounce, driven by a clock tests control, is the only one.
                .debounce(0L));
        in.addListener(event -> onChange.run());
        inputs.put(bcm, in);
    }

    @Override
    public synchronized boolean isLow(int bcm) {
        return inputs.get(bcm).state() == DigitalState.LOW;
    }

    @Override
    public synchronized void output(int bcm) {
        outputs.put(bcm, context.create(DigitalOutput.newConfigBuilder(context)
                .id(id(bcm)).name("busy lamp GPIO " + bcm).address(bcm)
                .initial(DigitalState.LOW).shutdown(DigitalState.LOW)));
    }

    @Override
    public synchronized void set(int bcm, boolean high) {
        outputs.get(bcm).state(high ? DigitalState.HIGH : DigitalState.LOW);
    }

    /** The id each pin gets in the Pi4J registry. */
    public static String id(int bcm) {
        return "gpio" + bcm;
    }

    @Override
    public synchronized void close() {
        for (DigitalOutput out : outputs.values()) {
            out.state(DigitalState.LOW);
        }
        if (ownsContext) {
            context.shutdown();
        } else {
            inputs.values().forEach(context::shutdown);
            outputs.values().forEach(context::shutdown);
        }
        inputs.clear();
        outputs.clear();
    }
}
