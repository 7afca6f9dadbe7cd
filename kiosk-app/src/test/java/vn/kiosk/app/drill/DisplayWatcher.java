// A ceiling display in the drill: follows the live stream, reconnects with its last event id, remembers every call seen.
package vn.kiosk.app.drill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

final class DisplayWatcher implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final String base;
    private final DrillLedger ledger;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reconnects = new AtomicInteger();
    private final AtomicInteger fromSnapshot = new AtomicInteger();
    private volatile String lastId;
    private volatile InputStream stream;
    private volatile long awayUntil;
    private volatile boolean closed;
    private final Thread reader;

    DisplayWatcher(String name, String base, DrillLedger ledger) {
        this.name = name;
        this.base = base;
        this.ledger = ledger;
        this.reader = Thread.ofVirtual().name("display-" + name).start(this::run);
    }

    String name() {
        return name;
    }

    Set<String> seen() {
        return seen;
    }

    int reconnects() {
        return reconnects.get();
    }

    int caughtUpFromSnapshot() {
        return fromSnapshot.get();
    }

    /** The display loses the server for a while, as a TV whose cable is pulled. */
    void dropFor(Duration away) {
        awayUntil = System.currentTimeMillis() + away.toMillis();
        closeStream();
    }

    private void run() {
        boolean first = true;
        while (!closed) {
            long wait = awayUntil - System.currentTimeMillis();
            if (wait > 0) {
                sleep(wait);
                continue;
            }
            if (!first) {
                reconnects.incrementAndGet();
            }
            first = false;
            try {
                String url = base + "/api/v1/events" + (lastId == null ? "" : "?since=" + lastId);
                HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (r.statusCode() != 200) {
                    r.body().close();
                    sleep(500);
                    continue;
                }
                stream = r.body();
                read(new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                // The server went away or the drill pulled the cable: try again shortly.
            } catch (InterruptedException e) {
                return;
            }
            if (!closed) {
                sleep(500);
            }
        }
    }

    private void read(BufferedReader in) throws IOException {
        String event = null;
        String id = null;
        StringBuilder data = new StringBuilder();
        for (String line; (line = in.readLine()) != null; ) {
            if (awayUntil > System.currentTimeMillis()) {
                return;
            }
            if (line.isEmpty()) {
                if (event != null) {
                    dispatch(event, data.toString());
                    if (id != null) {
                        lastId = id;
                    }
                }
                event = null;
                id = null;
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
    }

    private void dispatch(String event, String data) throws IOException {
        if ("snapshot".equals(event)) {
            JsonNode snap = JSON.readTree(data);
            for (JsonNode c : snap.get("recentCalls")) {
                if (seen.add(DrillLedger.callKey(c.get("ticketId").asText(), c.get("recallCount").asInt()))) {
                    fromSnapshot.incrementAndGet();
                }
                // A recall seen only by its latest count implies the earlier calls of the same ticket.
                for (int r = 0; r < c.get("recallCount").asInt(); r++) {
                    seen.add(DrillLedger.callKey(c.get("ticketId").asText(), r));
                }
            }
        } else if ("ticket-called".equals(event)) {
            long now = System.nanoTime();
            JsonNode t = JSON.readTree(data).get("ticket");
            String key = DrillLedger.callKey(t.get("id").asText(), t.get("recallCount").asInt());
            if (seen.add(key)) {
                ledger.displayed(name, key, now);
            }
        }
    }

    private void closeStream() {
        InputStream s = stream;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // Already closed.
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        closeStream();
        reader.interrupt();
    }
}
