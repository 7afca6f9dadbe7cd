// Seeded days roll up consistently, and retention deletes detail rows while the figures stay the same.
package vn.kiosk.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.report.seed.YearSeed;
import vn.kiosk.app.store.Database;
import vn.kiosk.app.support.KioskServerExtension;

class RetentionAndSeedTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Test
    void seededDaysAddUpAndSurviveRetention() throws Exception {
        Path data = Files.createTempDirectory("kiosk-seed-");
        YearSeed.Summary s = YearSeed.seed(KioskServerExtension.configDir(), data, 10, 120, TODAY, 7L);
        assertThat(s.first()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(s.last()).isEqualTo(LocalDate.of(2026, 3, 13));
        try (Database db = Database.open(data)) {
            db.startWriter(c -> { });
            assertThat(count(db, "SELECT COUNT(*) FROM report_days")).isEqualTo(10);
            Rollups keep = new Rollups(db, () -> TODAY, ZONE, Clock.systemUTC(), 7);
            DayFigures before = keep.range(s.first(), s.last());
            long issued = before.sum(DayFigures.ISSUED_SERVICE);
            assertThat(issued).isEqualTo(s.tickets());
            assertThat(before.sum(DayFigures.FINAL_STATE)).as("every ticket of a closed day ends somewhere")
                    .isEqualTo(issued);
            assertThat(before.sum(DayFigures.RATING)).isEqualTo(s.ratings());
            assertThat(before.overall(DayFigures.WAIT).n()).isPositive();
            assertThat(count(db, "SELECT COUNT(*) FROM events")).isEqualTo(s.events());

            // Kept 7 days: the detail rows of 2 to 6 March go, their roll-ups stay, the figures do not change.
            assertThat(keep.purge()).isPositive();
            assertThat(count(db, "SELECT COUNT(*) FROM tickets WHERE day < '2026-03-09'")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM events WHERE day < '2026-03-09'")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM feedback WHERE day < '2026-03-09'")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM tickets WHERE day >= '2026-03-09'")).isPositive();
            assertThat(count(db, "SELECT COUNT(*) FROM report_days")).isEqualTo(10);
            DayFigures after = keep.range(s.first(), s.last());
            assertThat(after.counts).isEqualTo(before.counts);
            assertThat(after.overall(DayFigures.WAIT).percentile(0.9))
                    .isEqualTo(before.overall(DayFigures.WAIT).percentile(0.9));
            assertThat(new Rollups(db, () -> TODAY, ZONE, Clock.systemUTC(), 0).purge()).as("0 keeps all").isZero();
        }
    }

    private static long count(Database db, String sql) throws Exception {
        try (Connection c = db.reader(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
