// The live event stream: a snapshot on connect, then issues, calls and changes, heartbeats, and no waiting on slow clients.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.SseClient;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
@KioskServerExtension.Settings("kiosk.events.heartbeat-seconds=1")
class LiveEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aSnapshotComesFirstThenEveryIssueCallAndChange(TestServer s) {
        JsonNode before = s.issue("civil", false);
        try (SseClient sse = new SseClient(s.uri("/api/v1/events"))) {
            SseClient.Event snap = sse.next(WAIT);
            assertThat(snap.name()).isEqualTo("snapshot");
            assertThat(snap.data().get("services").size()).isEqualTo(6);
            assertThat(snap.data().get("counters").size()).isEqualTo(5);
            assertThat(snap.data().get("waiting").toString()).contains(before.get("number").asText());
            long seq = snap.data().get("seq").asLong();

            JsonNode t = s.issue("residence", true);
            SseClient.Event issued = sse.until(e -> !e.name().equals("heartbeat"), WAIT);
            assertThat(issued.name()).isEqualTo("ticket-issued");
            assertThat(issued.data().get("ticket").get("number").asText()).isEqualTo(t.get("number").asText());
            assertThat(issued.data().get("ticket").get("priority").asBoolean()).isTrue();
            assertThat(Long.parseLong(issued.id())).isGreaterThan(seq);
            JsonNode land = issued.data().get("services").get(3);
            assertThat(land.get("id").asText()).isEqualTo("residence");
            assertThat(land.get("waiting").asInt()).isPositive();

            TestServer.Staff staff = s.signIn();
            staff.post("/api/v1/counters/4/call-next", "");
            SseClient.Event called = sse.until(e -> !e.name().equals("heartbeat"), WAIT);
            assertThat(called.name()).isEqualTo("ticket-called");
            assertThat(called.data().get("ticket").get("number").asText()).isEqualTo(t.get("number").asText());
            assertThat(called.data().get("counter").get("id").asInt()).isEqualTo(4);
            assertThat(called.data().get("kind").asText()).isEqualTo("CALLED");

            staff.post("/api/v1/counters/4/recall", "");
            SseClient.Event recalled = sse.until(e -> !e.name().equals("heartbeat"), WAIT);
            assertThat(recalled.name()).isEqualTo("ticket-called");
            assertThat(recalled.data().get("kind").asText()).isEqualTo("RECALLED");

            staff.post("/api/v1/counters/4/complete", "{\"outcome\":\"RECEIVED_DOSSIER\"}");
            SseClient.Event done = sse.until(e -> !e.name().equals("heartbeat"), WAIT);
            assertThat(done.name()).isEqualTo("ticket-updated");
            assertThat(done.data().get("kind").asText()).isEqualTo("COMPLETED");
            assertThat(done.data().get("ticket").get("outcome").asText()).isEqualTo("RECEIVED_DOSSIER");

            staff.post("/api/v1/counters/4/pause", "");
            SseClient.Event paused = sse.until(e -> !e.name().equals("heartbeat"), WAIT);
            assertThat(paused.name()).isEqualTo("counter-updated");
            assertThat(paused.data().get("counter").get("state").asText()).isEqualTo("PAUSED");
            staff.post("/api/v1/counters/4/resume", "");
        }
    }

    @Test
    void heartbeatsKeepAnIdleStreamAlive(TestServer s) {
        try (SseClient sse = new SseClient(s.uri("/api/v1/events"))) {
            assertThat(sse.next(WAIT).name()).isEqualTo("snapshot");
            SseClient.Event beat = sse.until(e -> e.name().equals("heartbeat"), WAIT);
            assertThat(beat.data().has("at")).isTrue();
            assertThat(beat.data().has("seq")).isTrue();
        }
    }

    @Test
    void aClientThatStopsReadingDelaysNobodyElse(TestServer s) throws Exception {
        // A client that connects and never reads: its socket buffers fill, its writer blocks.
        try (Socket stalled = new Socket("127.0.0.1", s.port())) {
            stalled.setReceiveBufferSize(1024);
            OutputStream out = stalled.getOutputStream();
            out.write(("GET /api/v1/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = stalled.getInputStream();
            assertThat(in.read()).isNotNegative(); // it is connected and was sent something

            try (SseClient healthy = new SseClient(s.uri("/api/v1/events"))) {
                assertThat(healthy.next(WAIT).name()).isEqualTo("snapshot");
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    numbers.add(s.issue("business", false).get("number").asText());
                }
                List<String> seen = new ArrayList<>();
                while (seen.size() < numbers.size()) {
                    SseClient.Event e = healthy.until(x -> x.name().equals("ticket-issued"), WAIT);
                    seen.add(e.data().get("ticket").get("number").asText());
                }
                assertThat(seen).containsExactlyElementsOf(numbers);
            }
        }
    }
}
