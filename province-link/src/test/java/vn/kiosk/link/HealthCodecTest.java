// A kiosk's health message as the hub reads it, from this release and from the release before the catalog push.
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
                3, 2);
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
        Decoded d = codec.decode(topic, older.getBytes(StandardCharsets.UTF_8));
        assertThat(d).isInstanceOf(Decoded.Accepted.class);
        Health read = ((UplinkMessage.HealthReport) ((Decoded.Accepted) d).message()).health();
        assertThat(read.catalogVersion()).isZero();
        assertThat(read.tickerVersion()).isZero();
        assertThat(read.settingsVersion()).isZero();
    }

    @Test
    void aKioskOfTheReleaseWithTheCatalogPushOnlyIsReadWithItsOwnTickerAndSettings() {
        String catalogOnly = """
                {"schema":%d,"centre":"xa-an","at":1765000000000,"health":{"version":"1.2.0","uptimeS":60,
                "printer":"READY","printerOnline":true,"scanner":"READY","screensConnected":2,"diskFreeBytes":1000000,
                "cpuCelsius":null,"powerFlags":[],"lastBackupAt":null,"lastEventSeq":42,"backlog":0,"openNow":true,
                "catalogVersion":5}}
                """.formatted(UplinkMessage.SCHEMA);
        Decoded d = codec.decode(topic, catalogOnly.getBytes(StandardCharsets.UTF_8));
        assertThat(d).isInstanceOf(Decoded.Accepted.class);
        Health read = ((UplinkMessage.HealthReport) ((Decoded.Accepted) d).message()).health();
        assertThat(read.catalogVersion()).isEqualTo(5);
        assertThat(read.tickerVersion()).isZero();
        assertThat(read.settingsVersion()).isZero();
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
}
