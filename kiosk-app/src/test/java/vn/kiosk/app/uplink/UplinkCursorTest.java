// The uplink's cursor: kept across a restart, replaced whole, and a damaged file starts again from zero.
package vn.kiosk.app.uplink;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class UplinkCursorTest {

    @Test
    void aSavedPositionIsWhatTheNextStartReads(@TempDir Path dir) {
        Path file = dir.resolve("uplink-cursor.properties");
        UplinkCursor c = new UplinkCursor(file);
        assertThat(c.position()).isEqualTo(UplinkCursor.Position.START);
        c.save(c.position().events(41).rating(1_700_000_000_000L, "2026-12-06/A007").rollup(5, "2026-12-05"));
        UplinkCursor again = new UplinkCursor(file);
        assertThat(again.position()).isEqualTo(new UplinkCursor.Position(41, 1_700_000_000_000L, "2026-12-06/A007", 5,
                "2026-12-05"));
        assertThat(dir.resolve("uplink-cursor.properties.tmp")).doesNotExist();
    }

    @Test
    void aDamagedCursorResendsFromTheStartRatherThanSkipping(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("uplink-cursor.properties");
        Files.writeString(file, "event-seq=not a number\n");
        assertThat(new UplinkCursor(file).position().eventSeq()).isZero();
    }

    @Test
    void staffNamesCrossAsAStableKeyedHashUnlessTheProvinceAsksForNames(@TempDir Path dir) {
        StaffNames hashed = StaffNames.open(dir.resolve("uplink-key"), false);
        String h = hashed.outgoing("nguyenvana");
        assertThat(h).startsWith("h:").hasSize(18).doesNotContain("nguyenvana");
        assertThat(StaffNames.open(dir.resolve("uplink-key"), false).outgoing("nguyenvana")).isEqualTo(h);
        assertThat(hashed.outgoing("tranthib")).isNotEqualTo(h);
        assertThat(StaffNames.open(dir.resolve("other-key"), false).outgoing("nguyenvana")).isNotEqualTo(h);
        assertThat(hashed.outgoing(null)).isNull();
        assertThat(StaffNames.open(dir.resolve("uplink-key"), true).outgoing("nguyenvana")).isEqualTo("nguyenvana");
    }
}
