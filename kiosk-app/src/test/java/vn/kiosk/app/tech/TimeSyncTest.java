// What /tech says of the clock: timedatectl's answer read, and "simulated" where there is no systemd to ask.
package vn.kiosk.app.tech;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimeSyncTest {

    private static final ZoneId CENTRE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void timedatectlsAnswerIsRead() {
        TimeSync t = TimeSync.read(CENTRE, List.of("printf",
                "Timezone=Europe/London\\nLocalRTC=no\\nCanNTP=yes\\nNTP=yes\\nNTPSynchronized=no\\n"));
        assertThat(t.source()).isEqualTo("timedatectl");
        assertThat(t.systemZone()).isEqualTo("Europe/London");
        assertThat(t.centreZone()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(t.ntp()).isTrue();
        assertThat(t.synchronised()).isFalse();
        assertThat(TimeSync.read(CENTRE, List.of("printf", "Timezone=Asia/Ho_Chi_Minh\\nNTP=yes\\nNTPSynchronized=yes\\n"))
                .synchronised()).isTrue();
    }

    @Test
    void withoutSystemdTheStateIsSimulated() {
        // No such program; a timedatectl that fails (no systemd as PID 1); one that says nothing it knows.
        for (List<String> command : List.of(List.of("/nonexistent/timedatectl", "show"), List.of("false"),
                List.of("printf", "System has not been booted with systemd\\n"))) {
            TimeSync t = TimeSync.read(CENTRE, command);
            assertThat(t.source()).as(command.toString()).isEqualTo("simulated");
            assertThat(t.synchronised()).isNull();
            assertThat(t.systemZone()).isEqualTo(ZoneId.systemDefault().getId());
        }
    }
}
