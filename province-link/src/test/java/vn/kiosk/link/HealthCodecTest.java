// A kiosk's health message as the hub reads it, from this release and from the releases before the catalog push
// and before the rings.
package vn.kiosk.link;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthCodecTest {

    private final UplinkCodec codec = new UplinkCodec();
    private final String topic = Topics.up("xa-an", Topics.HEALTH);

    @Test
    void thisReleasesHealthRoundTrips() {
        Health h = new Health("1.2.0", 60, "READY", true, "READY", 2, 1_000_000, 51.5, List.of(), null, 42, 0, true, 7,
                3, 2, 4, 5, "pilot", "1:1.3.0~rc1+b2");
        Decoded d = codec.decode(topic, codec.encode(new UplinkMessage.HealthReport(UplinkMessage.SCHEMA, "xa-an",
                1_765_000_000_000L, h)));
        assertThat(d).isInstanceOf(Decoded.Accepted.class);
        assertThat(((UplinkMessage.HealthReport) ((Decoded.Accepted) d).message()).health()).isEqualTo(h);
    }

    @Test
    void aKioskOfTheReleaseBeforeTheCatalogPushIsReadWithItsOwnCatalog() {
        String older = """
                {"schema":%d,"centre":"xa-an","at":1765000000000,"health":{"version":"1.1.0","uptimeS":60,
                "printer":"READY","printerOnline":true,"scanner":"READY","screensConnected":2,"diskFreeBytes":1000000,
                "cpuCelsius":null,"powerFlags":[],"lastBackupAt":null,"lastEventSeq":42,"backlog":0,"openNow":true}}
                """.formatted(UplinkMessage.SCHEMA);
        Health read = accepted(older);
        assertThat(read.catalogVersion()).isZero();
        assertThat(read.tickerVersion()).isZero();
        assertThat(read.settingsVersion()).isZero();
        assertThat(read.voiceVersion()).isZero();
        assertThat(read.voicePending()).isZero();
        assertThat(read.ring()).isNull();
        assertThat(read.upgradeFailed()).isNull();
    }

    @Test
    void aKioskOfTheReleaseBeforeTheRingsIsReadWithRingUnknownAndNoFailedUpgrade() {
        String older = """
                {"schema":%d,"centre":"xa-an","at":1765000000000,"health":{"version":"1.2.0","uptimeS":60,
                "printer":"READY","printerOnline":true,"scanner":"READY","screensConnected":2,"diskFreeBytes":1000000,
                "cpuCelsius":null,"powerFlags":[],"lastBackupAt":null,"lastEventSeq":42,"backlog":0,"openNow":true,
                "catalogVersion":7}}
                """.formatted(UplinkMessage.SCHEMA);
        Health read = accepted(older);
        assertThat(read.catalogVersion()).isEqualTo(7);
        assertThat(read.tickerVersion()).isZero();
        assertThat(read.settingsVersion()).isZero();
        assertThat(read.voiceVersion()).isZero();
        assertThat(read.voicePending()).isZero();
        assertThat(read.ring()).isNull();
        assertThat(read.upgradeFailed()).isNull();
    }

    @Test
    void aKioskOfTheReleaseBeforeTheVoicePackIsReadWithItsShippedClips() {
        String older = """
                {"schema":%d,"centre":"xa-an","at":1765000000000,"health":{"version":"1.3.0","uptimeS":60,
                "printer":"READY","printerOnline":true,"scanner":"READY","screensConnected":2,"diskFreeBytes":1000000,
                "cpuCelsius":null,"powerFlags":[],"lastBackupAt":null,"lastEventSeq":42,"backlog":0,"openNow":true,
                "catalogVersion":7,"tickerVersion":3,"settingsVersion":2,"ring":"pilot","upgradeFailed":null}}
                """.formatted(UplinkMessage.SCHEMA);
        Health read = accepted(older);
        assertThat(read.tickerVersion()).isEqualTo(3);
        assertThat(read.settingsVersion()).isEqualTo(2);
        assertThat(read.voiceVersion()).isZero();
        assertThat(read.voicePending()).isZero();
        assertThat(read.ring()).isEqualTo("pilot");
    }

    @Test
    void aNegativeVoicePackVersionIsRefused() {
        Health h = new Health("1.2.0", 60, "READY", true, "READY", 2, 1_000_000, 51.5, List.of(), null, 42, 0, true, 7,
                3, 2, -1, 0, "pilot", null);
        assertThat(codec.decode(topic, codec.encode(new UplinkMessage.HealthReport(UplinkMessage.SCHEMA, "xa-an",
                1_765_000_000_000L, h)))).isInstanceOf(Decoded.Refused.class);
    }

    @Test
    void aRingOrFailedVersionThatIsNotASuiteNameOrPackageVersionIsRefused() {
        String[][] bad = {{"Pilot Ring", null}, {"", null}, {"pilot", "1.0; rm -rf /"}, {"pilot", "1" + "x".repeat(64)},
                {"pilot", "reason=crashed"}, {"pilot", ""}};
        for (String[] b : bad) {
            Health h = new Health("1.2.0", 60, "READY", true, "READY", 2, 1_000_000, 51.5, List.of(), null, 42, 0, true,
                    0, b[0], b[1]);
            assertThat(codec.decode(topic, codec.encode(new UplinkMessage.HealthReport(UplinkMessage.SCHEMA, "xa-an",
                    1_765_000_000_000L, h)))).as("ring %s, failed %s", b[0], b[1]).isInstanceOf(Decoded.Refused.class);
        }
    }

    @Test
    void otherMissingOrUnknownHealthFieldsAreStillRefused() {
        String noPrinter = """
                {"schema":%d,"centre":"xa-an","at":1765000000000,"health":{"version":"1.1.0","uptimeS":60,
                "printerOnline":true,"scanner":"READY","screensConnected":2,"diskFreeBytes":1000000,
                "cpuCelsius":null,"powerFlags":[],"lastBackupAt":null,"lastEventSeq":42,"backlog":0,"openNow":true}}
                """.formatted(UplinkMessage.SCHEMA);
        assertThat(codec.decode(topic, noPrinter.getBytes(StandardCharsets.UTF_8))).isInstanceOf(Decoded.Refused.class);
        assertThat(codec.decode(topic, "[1,2]".getBytes(StandardCharsets.UTF_8))).isInstanceOf(Decoded.Refused.class);
        assertThat(codec.decode(topic, new byte[0])).isInstanceOf(Decoded.Refused.class);
        assertThat(codec.decode(topic, "{\"health\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Decoded.Refused.class);
    }

    private Health accepted(String json) {
        Decoded d = codec.decode(topic, json.getBytes(StandardCharsets.UTF_8));
        assertThat(d).isInstanceOf(Decoded.Accepted.class);
        return ((UplinkMessage.HealthReport) ((Decoded.Accepted) d).message()).health();
    }
}
