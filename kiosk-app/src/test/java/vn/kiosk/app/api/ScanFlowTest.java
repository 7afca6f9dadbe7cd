// Scans on the real server: an ID card brings the priority offer, a ticket shows its state, nothing of a card is kept.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiosk.app.support.CitizenCards.card;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.SseClient;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
@KioskServerExtension.FixedClock("2026-11-23T02:00:00Z")
class ScanFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Hoa", "Lê Đức Thắng", "Phạm Thị Ngọc Ánh",
            "Hoàng Văn Dũng", "Vũ Thị Hằng", "Đặng Quốc Việt", "Bùi Thị Thu Hương"};

    private static SseClient.Event nextScan(SseClient sse) {
        return sse.until(e -> e.name().equals("scan"), WAIT);
    }

    @Test
    void eachKindOfScanTellsTheKioskPageWhatToDo(TestServer s) {
        try (SseClient sse = new SseClient(s.uri("/api/v1/events"))) {
            sse.next(WAIT);
            String elder = card(12345, 15, 3, 1940, false, "Nguyễn Văn An", true);
            assertThat(s.post("/api/v1/sim/scan", elder).status()).isEqualTo(202);
            JsonNode old = nextScan(sse).data();
            assertThat(old.get("kind").asText()).isEqualTo("CITIZEN_CARD");
            assertThat(old.get("offerPriority").asBoolean()).isTrue();
            assertThat(old.toString()).doesNotContain("Nguyễn", "12345", "1940", "Thôn");

            s.post("/api/v1/sim/scan", card(22222, 1, 6, 1990, true, "Trần Thị Hoa", false));
            JsonNode young = nextScan(sse).data();
            assertThat(young.get("kind").asText()).isEqualTo("CITIZEN_CARD");
            assertThat(young.get("offerPriority").asBoolean()).isFalse();

            JsonNode ahead = s.issue("civil", false);
            JsonNode mine = s.issue("civil", false);
            s.post("/api/v1/sim/scan", "http://localhost:8080/t/" + mine.get("followToken").asText());
            JsonNode ticket = nextScan(sse).data();
            assertThat(ticket.get("kind").asText()).isEqualTo("TICKET");
            assertThat(ticket.get("ticket").get("number").asText()).isEqualTo(mine.get("number").asText());
            assertThat(ticket.get("ticket").get("waitingAhead").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(ahead.get("number").asText()).isNotEqualTo(mine.get("number").asText());

            s.post("/api/v1/sim/scan", "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7");
            JsonNode procedure = nextScan(sse).data();
            assertThat(procedure.get("kind").asText()).isEqualTo("PROCEDURE");
            assertThat(procedure.get("procedureId").asText()).isEqualTo("TH12-15");

            s.post("/api/v1/sim/scan", "http://localhost:8080/t/AAAAAAAAAAAAAAAAAAAAAA");
            assertThat(nextScan(sse).data().get("reason").asText()).isEqualTo("TICKET_NOT_TODAY");

            s.post("/api/v1/sim/scan", "WIFI:T:WPA;S:quan-ca-phe;P:12345678;;");
            JsonNode junk = nextScan(sse).data();
            assertThat(junk.get("kind").asText()).isEqualTo("UNSUPPORTED");
            assertThat(junk.get("message").asText()).isEqualTo("Mã này không được hỗ trợ.");
        }
        JsonNode scanner = null;
        for (JsonNode d : s.signIn().get("/api/v1/devices").json()) {
            if (d.get("kind").asText().equals("SCANNER")) {
                scanner = d;
            }
        }
        assertThat(scanner).isNotNull();
        assertThat(scanner.get("details").get("lastScanKind").asText()).isEqualTo("UNSUPPORTED");
        assertThat(scanner.get("details").has("lastScanAt")).isTrue();
        assertThat(scanner.toString()).doesNotContain("WIFI", "quan-ca-phe");
    }

    @Test
    void anUnpluggedScannerIsShownAndWorksAgainWhenPluggedBack(TestServer s) {
        TestServer.Staff staff = s.signIn();
        assertThat(s.post("/api/v1/sim/scanner/state", "{\"connected\":false}").status()).isEqualTo(200);
        assertThat(scannerOf(staff).get("connected").asBoolean()).isFalse();
        assertThat(s.post("/api/v1/sim/scan", "https://dichvucong.gov.vn/").status()).as("nothing to scan with")
                .isEqualTo(503);
        assertThat(s.post("/api/v1/sim/scanner/state", "{}").status()).isEqualTo(400);
        assertThat(s.post("/api/v1/sim/scanner/state", "{\"connected\":true}").status()).isEqualTo(200);
        assertThat(scannerOf(staff).get("connected").asBoolean()).isTrue();
        assertThat(s.post("/api/v1/sim/scan", "https://dichvucong.gov.vn/").status()).isEqualTo(202);
    }

    private static JsonNode scannerOf(TestServer.Staff staff) {
        for (JsonNode d : staff.get("/api/v1/devices").json()) {
            if (d.get("kind").asText().equals("SCANNER")) {
                return d;
            }
        }
        throw new AssertionError("no scanner among the devices");
    }

    @Test
    void nothingFromAnIdCardIsStoredOrLogged(TestServer s) throws Exception {
        List<String> secrets = new ArrayList<>();
        List<String> records = java.util.Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r.getMessage() + " " + java.util.Arrays.toString(r.getParameters()) + " " + r.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        try {
            Random random = new Random(7);
            for (int i = 0; i < 200; i++) {
                String name = NAMES[i % NAMES.length];
                String nfd = Normalizer.normalize(name, Normalizer.Form.NFD);
                int serial = 300_000 + i;
                String payload = card(serial, 1 + random.nextInt(28), 1 + random.nextInt(12), 1930 + random.nextInt(90),
                        i % 2 == 0, i % 3 == 0 ? nfd : name, i % 4 != 0);
                secrets.add(payload.substring(0, 12));
                secrets.add(String.format("%09d", 100_000_000 + serial));
                assertThat(s.post("/api/v1/sim/scan", payload).status()).isEqualTo(202);
            }
            // Broken cards too: their parts must not leak through error paths either.
            for (int i = 0; i < 50; i++) {
                String payload = card(400_000 + i, 31, 2, 1950, false, NAMES[i % NAMES.length], true);
                secrets.add(payload.substring(0, 12));
                s.post("/api/v1/sim/scan", payload);
            }
            s.issue("civil", false); // the database is written to after the scans, too
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        for (String name : NAMES) {
            secrets.add(name);
            secrets.add(Normalizer.normalize(name, Normalizer.Form.NFD));
        }
        secrets.add("Thôn Đông");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(s.dataDir())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String utf8 = new String(bytes, StandardCharsets.UTF_8);
            String latin = new String(bytes, StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertThat(utf8.contains(secret) || latin.contains(secret)).as("a card value in " + f.getFileName())
                        .isFalse();
            }
        }
        String logs = String.join("\n", records);
        for (String secret : secrets) {
            assertThat(logs.contains(secret)).as("a card value in the log").isFalse();
        }
    }

    @Test
    void randomAndHostilePayloadsNeverBreakTheKiosk(TestServer s) {
        Random random = new Random(2026);
        for (int i = 0; i < 2_000; i++) {
            byte[] payload = new byte[1 + random.nextInt(i % 10 == 0 ? 4000 : 120)];
            random.nextBytes(payload);
            if (i % 3 == 0) {
                payload = ("|".repeat(random.nextInt(12)) + "<script>alert(1)</script>' OR 1=1; --\u202E"
                        + "|".repeat(random.nextInt(12))).getBytes(StandardCharsets.UTF_8);
            }
            TestServer.Answer a = s.post("/api/v1/sim/scan", payload);
            assertThat(a.status()).as("payload %d", i).isIn(202, 413);
        }
        assertThat(s.get("/observe/health/ready").status()).isEqualTo(200);
        assertThat(s.get("/api/v1/services").status()).isEqualTo(200);
    }
}
