// The hub's ingest meters: messages and rows stored, resends, refusals by reason, and the commit-to-store lag.
package vn.kiosk.hub.ingest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;

public final class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter events;
    private final Counter repeated;
    private final Map<String, Counter> refused = new ConcurrentHashMap<>();
    private final AtomicLong eventsTotal = new AtomicLong();
    private final Map<String, AtomicLong> refusedTotals = new ConcurrentHashMap<>();

    public IngestMetrics() {
        @SuppressWarnings("removal")
        MeterRegistry global = Metrics.globalRegistry();
        registry = global;
        events = registry.getOrCreate(Counter.builder("hub.events.stored").description("Kiosk events stored"));
        repeated = registry.getOrCreate(Counter.builder("hub.rows.repeated")
                .description("Rows that arrived again (a resend after a lost acknowledgement) and changed nothing"));
    }

    void stored(String kind, IngestStore.Stored s) {
        if (kind.equals("events") && s.inserted() > 0) {
            events.increment(s.inserted());
            eventsTotal.addAndGet(s.inserted());
        }
        if (s.repeated() > 0) {
            repeated.increment(s.repeated());
        }
    }

    void refused(String reason) {
        refused.computeIfAbsent(reason, r -> registry.getOrCreate(Counter.builder("hub.messages.refused")
                .description("Uplink messages refused, by reason").tags(List.of(Tag.create("reason", r)))))
                .increment();
        refusedTotals.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
    }

    public long eventsStored() {
        return eventsTotal.get();
    }

    public long refusedCount(String reason) {
        AtomicLong n = refusedTotals.get(reason);
        return n == null ? 0 : n.get();
    }
}
