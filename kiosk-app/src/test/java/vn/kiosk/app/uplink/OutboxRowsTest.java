// What the uplink sends of the audit log: an event with no counter crosses with none, not as counter 0.
package vn.kiosk.app.uplink;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.report.seed.YearSeed;
import vn.kiosk.app.store.Database;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.link.EventRecord;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRowsTest {

    @Test
    void anIssuedTicketHasNoCounterAndACallHasItsOwn() throws Exception {
        Path data = Files.createTempDirectory("kiosk-outbox-");
        YearSeed.seed(KioskServerExtension.configDir(), data, 1, 40, LocalDate.of(2026, 12, 7), 3L);
        OutboxRows rows = new OutboxRows(new StaffNames("key".getBytes(StandardCharsets.UTF_8), false));
        List<EventRecord> events;
        try (Database db = Database.open(data); Connection c = db.reader()) {
            events = rows.eventsAfter(c, 0, 10_000);
            assertThat(rows.backlog(c, 0)).isEqualTo(events.size());
        }
        // Until the counter was read by name, the position-based read asked wasNull() of the service column.
        assertThat(events).filteredOn(e -> e.kind().equals("ISSUED")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.counter()).isNull());
        assertThat(events).filteredOn(e -> e.kind().equals("CALLED")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.counter()).isPositive());
    }
}
