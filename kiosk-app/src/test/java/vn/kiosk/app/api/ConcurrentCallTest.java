// Two counters, or two sessions at one counter, calling at the same instant never get the same ticket.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
class ConcurrentCallTest {

    @Test
    void twoCountersDrainingOneQueueCallEachTicketExactlyOnce(TestServer s) throws Exception {
        int tickets = 120;
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < tickets; i++) {
            issued.add(s.issue("civil", i % 7 == 0).get("id").asText());
        }
        // Counters 1 and 2 both serve civil status; each has two officers' sessions racing.
        List<String> called = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(4);
        List<Callable<Integer>> workers = new ArrayList<>();
        for (int counter : new int[] {1, 2}) {
            for (int session = 0; session < 2; session++) {
                TestServer.Staff staff = s.signIn();
                workers.add(() -> {
                    start.await();
                    int conflicts = 0;
                    while (true) {
                        TestServer.Answer a = staff.post("/api/v1/counters/" + counter + "/call-next", "");
                        if (a.status() == 204) {
                            return conflicts;
                        }
                        if (a.status() == 409) {
                            // The other session of this counter holds a ticket: finish it if it is still there.
                            conflicts++;
                            staff.post("/api/v1/counters/" + counter + "/complete", "{\"outcome\":\"OTHER\"}");
                            continue;
                        }
                        assertThat(a.status()).as(a.body()).isEqualTo(200);
                        called.add(a.json().get("ticket").get("id").asText());
                        staff.post("/api/v1/counters/" + counter + "/complete", "{\"outcome\":\"OTHER\"}");
                    }
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Integer> f : pool.invokeAll(workers)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(called).doesNotHaveDuplicates();
        assertThat(new HashSet<>(called)).containsAll(issued);
        TestServer.Answer day = s.signIn().get("/api/v1/tickets");
        day.json().get("tickets").forEach(t -> {
            if (issued.contains(t.get("id").asText())) {
                assertThat(t.get("state").asText()).isEqualTo("COMPLETED");
            }
        });
    }

    @Test
    void simultaneousCallNextAtOneCounterGivesOneTicket(TestServer s) throws Exception {
        s.issue("residence", false);
        s.issue("residence", false);
        TestServer.Staff a = s.signIn();
        TestServer.Staff b = s.signIn();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<TestServer.Answer> fa = pool.submit(() -> {
                start.await();
                return a.post("/api/v1/counters/4/call-next", "");
            });
            Future<TestServer.Answer> fb = pool.submit(() -> {
                start.await();
                return b.post("/api/v1/counters/4/call-next", "");
            });
            List<Integer> statuses = List.of(fa.get().status(), fb.get().status());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
    }
}
