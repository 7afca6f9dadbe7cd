// The kiosk's own meters: tickets issued, calls made, live event clients connected.
package vn.kiosk.app.health;

import java.util.function.Supplier;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;

public final class KioskMetrics {

    private final Counter issued;
    private final Counter calls;

    public KioskMetrics(Supplier<Integer> sseClients) {
        @SuppressWarnings("removal")
        MeterRegistry registry = Metrics.globalRegistry();
        issued = registry.getOrCreate(Counter.builder("kiosk.tickets.issued")
                .description("Queue tickets issued"));
        calls = registry.getOrCreate(Counter.builder("kiosk.calls")
                .description("Tickets called or recalled at a counter"));
        registry.getOrCreate(Gauge.builder("kiosk.sse.clients", sseClients)
                .description("Live event (SSE) clients connected"));
    }

    public void ticketIssued() {
        issued.increment();
    }

    public void call() {
        calls.increment();
    }
}
