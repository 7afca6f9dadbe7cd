// The kiosk's own meters: tickets issued, calls made, scans by kind, live event clients connected.
package vn.kiosk.app.health;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;

public final class KioskMetrics implements AutoCloseable {

    private static final String SSE_CLIENTS = "kiosk.sse.clients";

    private final MeterRegistry registry;
    private final Counter issued;
    private final Counter calls;
    private final Gauge<Integer> sseClients;
    private final Map<String, Counter> scans = new ConcurrentHashMap<>();

    public KioskMetrics(Supplier<Integer> sseClients) {
        @SuppressWarnings("removal")
        MeterRegistry global = Metrics.globalRegistry();
        registry = global;
        issued = registry.getOrCreate(Counter.builder("kiosk.tickets.issued")
                .description("Queue tickets issued"));
        calls = registry.getOrCreate(Counter.builder("kiosk.calls")
                .description("Tickets called or recalled at a counter"));
        // A gauge reads the hub it was made with; a gauge left by an earlier server in this JVM is replaced.
        registry.meters(List.of(SSE_CLIENTS)).forEach(registry::remove);
        this.sseClients = registry.getOrCreate(Gauge.builder(SSE_CLIENTS, sseClients)
                .description("Live event (SSE) clients connected"));
    }

    public void ticketIssued() {
        issued.increment();
    }

    public void call() {
        calls.increment();
    }

    /** One scan, counted by its kind (CITIZEN_CARD, TICKET, PROCEDURE, UNSUPPORTED): never its content. */
    public void scanned(String kind) {
        scans.computeIfAbsent(kind, k -> registry.getOrCreate(Counter.builder("kiosk.scans")
                .description("Codes scanned at the kiosk, by kind")
                .tags(List.of(Tag.create("kind", k))))).increment();
    }

    @Override
    public void close() {
        registry.remove(sseClients);
    }
}
