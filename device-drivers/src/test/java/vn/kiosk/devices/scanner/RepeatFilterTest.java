// The repeat filter drops a code read twice in a row within its window, by the time it is given.
package vn.kiosk.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RepeatFilterTest {

    private static final long MS = 1_000_000L;

    @Test
    void theSamePayloadWithinTheWindowIsDropped() {
        RepeatFilter filter = new RepeatFilter();
        assertThat(filter.admit("A", 0)).isTrue();
        assertThat(filter.admit("A", 1_499 * MS)).isFalse();
    }

    @Test
    void theSamePayloadAfterTheWindowIsDelivered() {
        RepeatFilter filter = new RepeatFilter();
        assertThat(filter.admit("A", 0)).isTrue();
        assertThat(filter.admit("A", 1_500 * MS)).isTrue();
    }

    @Test
    void aCodeHeldUnderTheScannerIsDeliveredOnce() {
        RepeatFilter filter = new RepeatFilter();
        assertThat(filter.admit("A", 0)).isTrue();
        for (long t = 300; t <= 6_000; t += 300) {
            assertThat(filter.admit("A", t * MS)).as("at %d ms", t).isFalse();
        }
    }

    @Test
    void aDifferentPayloadIsAlwaysDelivered() {
        RepeatFilter filter = new RepeatFilter();
        assertThat(filter.admit("A", 0)).isTrue();
        assertThat(filter.admit("B", 1 * MS)).isTrue();
        assertThat(filter.admit("A", 2 * MS)).isTrue();
    }

    @Test
    void theWindowIsConfigurable() {
        RepeatFilter filter = new RepeatFilter(Duration.ofMillis(200));
        assertThat(filter.admit("A", 0)).isTrue();
        assertThat(filter.admit("A", 199 * MS)).isFalse();
        assertThat(filter.admit("A", 400 * MS)).isTrue();
    }
}
