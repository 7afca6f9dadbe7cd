// The database file: migrations from empty, WAL mode, reopening, and a failed transaction that loses nothing else.
package vn.kiosk.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.queue.Channel;
import vn.kiosk.app.queue.CounterDef;
import vn.kiosk.app.queue.OpeningHours;
import vn.kiosk.app.queue.PriorityPolicy;
import vn.kiosk.app.queue.QueueSetup;
import vn.kiosk.app.queue.ServiceDayClock;
import vn.kiosk.app.queue.ServiceDef;

class DatabaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    private static QueueSetup setup() {
        return new QueueSetup(
                java.util.List.of(new ServiceDef("civil", "A", "Hộ tịch", "Civil status", java.util.List.of())),
                java.util.List.of(new CounterDef(1, "Quầy 1", "Counter 1", java.util.List.of("civil"))),
                new PriorityPolicy.Strict(), OpeningHours.always(),
                new ServiceDayClock(ServiceDayClock.VIETNAM, java.time.LocalTime.MIDNIGHT),
                java.time.Duration.ofMinutes(30), java.time.Duration.ofMinutes(8));
    }

    private static java.util.function.Supplier<String> tokens() {
        return () -> java.util.UUID.randomUUID().toString();
    }

    @Test
    void anEmptyFolderBecomesACurrentDatabaseInWalMode() throws Exception {
        Path dir = Files.createTempDirectory("kiosk-db-");
        try (Database db = Database.open(dir.resolve("nested"))) {
            try (Connection c = db.reader(); Statement st = c.createStatement()) {
                assertThat(Migrations.currentVersion(c)).isEqualTo(Migrations.SCRIPTS.size());
                ResultSet rs = st.executeQuery("PRAGMA journal_mode");
                rs.next();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
                ResultSet idx = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index'");
                java.util.List<String> names = new java.util.ArrayList<>();
                while (idx.next()) {
                    names.add(idx.getString(1));
                }
                assertThat(names).contains("tickets_day_service", "tickets_state", "events_day_kind",
                        "events_ticket", "events_day_counter");
            }
            assertThat(db.ping()).isTrue();
        }
        // Reopening applies nothing twice.
        try (Database db = Database.open(dir.resolve("nested")); Connection c = db.reader();
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrations.SCRIPTS.size());
        }
    }

    @Test
    void stateSurvivesAReopenAndEveryEventIsInTheAuditLog() throws Exception {
        Path dir = Files.createTempDirectory("kiosk-db-");
        try (Database db = Database.open(dir)) {
            DurableQueue q = DurableQueue.open(db, setup(), CLOCK, tokens());
            q.issue("civil", null, false, Channel.KIOSK, null);
            q.issue("civil", null, true, Channel.KIOSK, null);
            q.callNext(1, "staff1");
            q.close();
        }
        try (Database db = Database.open(dir)) {
            DurableQueue q = DurableQueue.open(db, setup(), CLOCK, tokens());
            assertThat(q.engine().tickets()).hasSize(2);
            assertThat(q.engine().counter(1).orElseThrow().currentTicketId()).isEqualTo("20261123-A002");
            assertThat(q.issue("civil", null, false, Channel.KIOSK, null).ticket().number()).isEqualTo("A003");
            assertThat(q.lastEventSeq()).isEqualTo(4);
            try (Connection c = db.reader(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT kind, actor FROM events ORDER BY seq")) {
                java.util.List<String> log = new java.util.ArrayList<>();
                while (rs.next()) {
                    log.add(rs.getString(1) + "/" + rs.getString(2));
                }
                assertThat(log).containsExactly("ISSUED/null", "ISSUED/null", "CALLED/staff1", "ISSUED/null");
            }
            q.close();
        }
    }

    @Test
    void aTaskThatFailsAfterWritingLeavesNothingBehind() throws Exception {
        Path dir = Files.createTempDirectory("kiosk-db-");
        try (Database db = Database.open(dir)) {
            DurableQueue q = DurableQueue.open(db, setup(), CLOCK, tokens());
            q.issue("civil", null, false, Channel.KIOSK, null);
            assertThatThrownBy(() -> db.writer().write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO counters (id, paused, current_ticket_id) VALUES (77, 1, NULL)");
                }
                throw new IllegalStateException("a bug after the write");
            })).isInstanceOf(StoreException.class);
            try (Connection c = db.reader(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM counters WHERE id = 77")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            assertThat(q.writable()).isTrue();
            assertThat(q.issue("civil", null, false, Channel.KIOSK, null).ticket().number()).isEqualTo("A002");
            q.close();
        }
    }

    @Test
    void aFailedTransactionRollsBackAndTheQueueReloadsFromDisk() throws Exception {
        Path dir = Files.createTempDirectory("kiosk-db-");
        try (Database db = Database.open(dir)) {
            DurableQueue q = DurableQueue.open(db, setup(), CLOCK, tokens());
            q.issue("civil", null, false, Channel.KIOSK, null);
            // Sabotage: a trigger makes the next ticket insert fail, as a full disk would.
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.file());
                 Statement st = c.createStatement()) {
                st.execute("CREATE TRIGGER refuse BEFORE INSERT ON tickets BEGIN SELECT RAISE(ABORT, 'disk full'); END");
            }
            assertThatThrownBy(() -> q.issue("civil", null, false, Channel.KIOSK, null))
                    .isInstanceOf(StoreException.class);
            // The refused number was never shown, so it is issued again once the disk recovers.
            assertThat(q.engine().tickets()).extracting(t -> t.number()).containsExactly("A001");
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.file());
                 Statement st = c.createStatement()) {
                st.execute("DROP TRIGGER refuse");
            }
            assertThat(q.issue("civil", null, false, Channel.KIOSK, null).ticket().number()).isEqualTo("A002");
            q.close();
        }
    }
}
