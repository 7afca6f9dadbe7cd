// No part of a scanned ID card may show in logs, console output or any result: only an age leaves the classifier.
package vn.kiosk.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.Test;

class ScanPrivacyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String CANARY = "capture-works-7f3a";

    /** Everything written to java.util.logging, System.out and System.err while it is open. */
    private static final class Capture implements AutoCloseable {
        private final StringBuilder logged = new StringBuilder();
        private final ByteArrayOutputStream console = new ByteArrayOutputStream();
        private final Logger root = Logger.getLogger("");
        private final Level rootLevel = root.getLevel();
        private final PrintStream out = System.out;
        private final PrintStream err = System.err;
        private final Handler handler = new Handler() {
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

        Capture() {
            handler.setLevel(Level.ALL);
            root.setLevel(Level.ALL);
            root.addHandler(handler);
            PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
            System.setOut(both);
            System.setErr(both);
        }

        String text() {
            synchronized (logged) {
                return logged + console.toString(StandardCharsets.UTF_8);
            }
        }

        @Override
        public void close() {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
            root.setLevel(rootLevel);
        }
    }

    @Test
    void cardsLeaveNoTraceButTheirAge() {
        ScanClassifier classifier = new ScanClassifier("https://kiosk.local", ShippedCatalog.CATALOG,
                ScanClassifierTest.CLOCK, ScanClassifierTest.VIETNAM);
        SyntheticCards generator = new SyntheticCards(91_2025L, TODAY);
        List<SyntheticCards.Card> cards = new ArrayList<>();
        cards.add(new SyntheticCards.Card(
                "038196001234|173456789|Nguyễn Thị Hoa|12031996|Nữ|Thôn Trung Tâm, xã Minh Sơn|10052022",
                "038196001234", "173456789", "Nguyễn Thị Hoa", "Thôn Trung Tâm, xã Minh Sơn", LocalDate.of(1996, 3, 12)));
        for (int i = 0; i < 2_000; i++) {
            cards.add(generator.next());
        }
        StringBuilder shown = new StringBuilder();
        String captured;
        try (Capture capture = new Capture()) {
            Logger.getLogger(ScanPrivacyTest.class.getName()).info(CANARY);
            System.out.println(CANARY);
            for (SyntheticCards.Card card : cards) {
                List<String> variants = List.of(card.payload(), Normalizer.normalize(card.payload(), Normalizer.Form.NFD),
                        card.withField(3, "31022000"), card.withField(4, "Nam".equals(card.payload().split("\\|")[4])
                                ? "Nữ" : "Nam"), card.withField(0, card.id() + "9"),
                        card.payload().replace("|", "\u0000|"), "https://kiosk.local/follow/" + card.payload());
                for (String payload : variants) {
                    ScanResult result = classifier.classify(payload);
                    shown.append(result).append(' ').append(CccdQrParser.check(payload, TODAY)).append('\n');
                }
                assertThat(classifier.classify(card.payload())).isEqualTo(new ScanResult.CitizenCard(card.ageAt(TODAY)));
            }
            captured = capture.text();
        }

        assertThat(captured).as("the capture itself works").contains(CANARY);
        String everything = captured + shown;
        DateTimeFormatter ddmmyyyy = DateTimeFormatter.ofPattern("ddMMyyyy");
        for (SyntheticCards.Card card : cards) {
            assertThat(everything).doesNotContain(card.id(), card.name(), card.address(),
                    Normalizer.normalize(card.name(), Normalizer.Form.NFD), card.birth().format(ddmmyyyy));
            if (!card.oldId().isEmpty()) {
                assertThat(everything).doesNotContain(card.oldId());
            }
        }
        assertThat(shown.toString()).doesNotContain("Nguyễn", "Hoa", "038196001234", "173456789");
    }
}
