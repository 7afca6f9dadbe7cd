// The scanner drivers log and report device facts only: no part of a scanned ID card, even when things fail.
package vn.kiosk.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.Test;

class ScannerPrivacyTest {

    private static final String ID = "038196001234";
    private static final String OLD_ID = "173456789";
    private static final String NAME = "Nguyễn Thị Hoa";
    private static final String CARD = ID + "|" + OLD_ID + "|" + NAME + "|12031996|Nữ|Thôn Trung Tâm|10052022";
    private static final String CANARY = "capture-works-51c2";

    @Test
    void scanningFailingAndUnpluggingLeaveNoCardContentInLogsOrStatus() {
        StringBuilder logged = new StringBuilder();
        Handler handler = new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                synchronized (logged) {
                    logged.append(formatter.format(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> statuses = new CopyOnWriteArrayList<>();
        ScriptedInput input = new ScriptedInput();
        CdcSerialScanner scanner = new CdcSerialScanner("scanner", new FakeSerialLine(input),
                Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC),
                new ScannerSettings(Duration.ofMillis(100), 200, Duration.ofMillis(1500), Duration.ofMillis(1)),
                input.ticker());
        List<String> received = new CopyOnWriteArrayList<>();
        root.setLevel(Level.ALL);
        root.addHandler(handler);
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            System.getLogger(ScannerPrivacyTest.class.getName()).log(System.Logger.Level.INFO, CANARY);
            scanner.start(payload -> {
                received.add(payload);
                if (payload.startsWith(ID)) {
                    throw new IllegalStateException("cannot use card " + payload);
                }
            });
            input.text("]Q1" + CARD + "\r\n", 0).text(CARD + "\r", 10).text(CARD + "|" + CARD + "|" + CARD + "\r", 20);
            input.text("CODE\r", 30);
            Await.until("the first scans", () -> received.contains("CODE"));
            statuses.add(scanner.status().toString());
            input.setPlugged(false);
            input.text(CARD.substring(0, 40), 40).gone();
            Await.until("failed reopens", () -> input.openAttempts() >= 3);
            statuses.add(scanner.status().toString());
            input.setPlugged(true);
            Await.until("reconnected", () -> scanner.status().connected());
            input.text(CARD.substring(10) + "\r", 5_000).readError("I/O error on /dev/fake");
            Await.until("reconnected again", () -> input.opens() == 3);
            input.text("END\r", 10_000);
            Await.until("the END scan", () -> received.contains("END"));
            statuses.add(scanner.status().toString());
        } finally {
            scanner.close();
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
            root.setLevel(rootLevel);
        }

        String everything = logged + console.toString(StandardCharsets.UTF_8) + String.join("\n", statuses);
        assertThat(everything).contains(CANARY).contains("went away").contains("IllegalStateException");
        assertThat(everything).doesNotContain(ID, OLD_ID, NAME, "Nguy", "12031996", "Thôn", "0381960");
        assertThat(received).containsExactly(CARD, "CODE", CARD.substring(10), "END");
    }
}
