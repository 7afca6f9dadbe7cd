// The running uplink, replaced whole when the technician changes its settings on /tech (no restart).
package vn.kiosk.app.uplink;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

public final class LiveUplink implements AutoCloseable {

    private final Function<UplinkSettings, Uplink> factory;
    private final AtomicReference<Uplink> current = new AtomicReference<>();
    private volatile UplinkSettings settings;

    public LiveUplink(UplinkSettings settings, Function<UplinkSettings, Uplink> factory) {
        this.factory = factory;
        this.settings = settings;
        current.set(factory.apply(settings).start());
    }

    /** After each commit; never blocks. */
    public void wake() {
        current.get().wake();
    }

    public Uplink.Status status() {
        return current.get().status();
    }

    public UplinkSettings settings() {
        return settings;
    }

    /** Stops the old link (its cursor is on disk) and starts one with the new settings from that cursor. */
    public synchronized void replace(UplinkSettings next) {
        Uplink old = current.get();
        old.close();
        current.set(factory.apply(next).start());
        settings = next;
    }

    @Override
    public synchronized void close() {
        current.get().close();
    }
}
