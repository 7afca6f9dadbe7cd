// Vietnamese number reading: a table of the tricky cases and grammar properties over all of 0-9999.
package vn.kiosk.app.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | không
            1    | một
            4    | bốn
            5    | năm
            10   | mười
            11   | mười một
            14   | mười bốn
            15   | mười lăm
            20   | hai mươi
            21   | hai mươi mốt
            24   | hai mươi tư
            25   | hai mươi lăm
            55   | năm mươi lăm
            91   | chín mươi mốt
            100  | một trăm
            101  | một trăm linh một
            104  | một trăm linh bốn
            105  | một trăm linh năm
            110  | một trăm mười
            111  | một trăm mười một
            115  | một trăm mười lăm
            121  | một trăm hai mươi mốt
            999  | chín trăm chín mươi chín
            1000 | một nghìn
            1001 | một nghìn không trăm linh một
            1005 | một nghìn không trăm linh năm
            1010 | một nghìn không trăm mười
            1050 | một nghìn không trăm năm mươi
            1100 | một nghìn một trăm
            1234 | một nghìn hai trăm ba mươi tư
            2010 | hai nghìn không trăm mười
            2021 | hai nghìn không trăm hai mươi mốt
            5555 | năm nghìn năm trăm năm mươi lăm
            9999 | chín nghìn chín trăm chín mươi chín
            """)
    void readsTrickyNumbers(int n, String expected) {
        assertThat(VietnameseNumbers.number(n).text()).isEqualTo(expected);
    }

    @Test
    void clipNamesFollowTheWords() {
        assertThat(VietnameseNumbers.number(21).clips()).containsExactly("hai", "muoi-ngang", "mot-sac");
        assertThat(VietnameseNumbers.number(15).clips()).containsExactly("muoi", "lam");
        assertThat(VietnameseNumbers.number(1005).clips())
                .containsExactly("mot", "nghin", "khong", "tram", "linh", "nam");
    }

    @Test
    void readsDigitsOneByOne() {
        assertThat(VietnameseNumbers.digits("015").text()).isEqualTo("không một năm");
        assertThat(VietnameseNumbers.digits("015").clips()).containsExactly("khong", "mot", "nam");
        assertThat(VietnameseNumbers.digits("0123456789").text())
                .isEqualTo("không một hai ba bốn năm sáu bảy tám chín");
        assertThat(VietnameseNumbers.digits("21").text()).isEqualTo("hai một");
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> VietnameseNumbers.number(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseNumbers.number(10_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseNumbers.digits("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseNumbers.digits("1a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseNumbers.digits("١٢")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyNumberUpTo9999ReadsBackToItselfAndIsSaidOnlyOnce() {
        Set<String> seen = new HashSet<>();
        for (int n = 0; n <= VietnameseNumbers.MAX; n++) {
            NumberReading reading = VietnameseNumbers.number(n);
            assertThat(reading.words()).as("%d", n).isNotEmpty();
            assertThat(valueOf(reading.words())).as("%d read as %s", n, reading.text()).isEqualTo(n);
            assertThat(seen.add(reading.text())).as("%d read as %s twice", n, reading.text()).isTrue();
            assertThat(reading.text()).as("%d", n)
                    .isEqualTo(Normalizer.normalize(reading.text(), Normalizer.Form.NFC))
                    .doesNotContain("  ").isEqualTo(reading.text().strip());
            assertThat(reading.clips()).as("%d", n).allMatch(c -> c.matches("[a-z-]+"));
        }
    }

    @Test
    void everyNumberUpTo9999KeepsTheWordRules() {
        for (int n = 0; n <= VietnameseNumbers.MAX; n++) {
            List<NumberWord> w = VietnameseNumbers.number(n).words();
            String text = VietnameseNumbers.number(n).text();
            assertThat(text).as("%d", n).doesNotContain("mươi một", "mươi năm", "mươi bốn", "mười lăm năm",
                    "mười năm", "mười tư", "mười mốt", "một mười", "linh mốt", "linh lăm", "linh tư");
            if (n > 0 && w.contains(NumberWord.KHONG)) {
                assertThat(text).as("%d: không only as a zero hundreds digit", n).contains("nghìn không trăm");
            }
            for (int i = 0; i < w.size(); i++) {
                NumberWord word = w.get(i);
                NumberWord before = i == 0 ? null : w.get(i - 1);
                switch (word) {
                    case MOT_SAC, TU -> assertThat(before).as("%d: %s", n, text).isEqualTo(NumberWord.MUOI_NGANG);
                    case LAM -> assertThat(before).as("%d: %s", n, text)
                            .isIn(NumberWord.MUOI, NumberWord.MUOI_NGANG);
                    case MUOI_NGANG -> assertThat(before).as("%d: %s", n, text).isIn(NumberWord.HAI, NumberWord.BA,
                            NumberWord.BON, NumberWord.NAM, NumberWord.SAU, NumberWord.BAY, NumberWord.TAM,
                            NumberWord.CHIN);
                    case LINH -> {
                        assertThat(before).as("%d: %s", n, text).isEqualTo(NumberWord.TRAM);
                        assertThat(i).as("%d: linh comes before the last word", n).isEqualTo(w.size() - 2);
                    }
                    case TRAM, NGHIN -> assertThat(before).as("%d: %s", n, text).isNotNull();
                    default -> { }
                }
            }
            if (n % 100 == 21 || n % 100 == 11) {
                assertThat(text).as("%d", n).endsWith(n % 100 == 21 ? "hai mươi mốt" : "mười một");
            }
        }
    }

    /** An independent, lenient reader of the words back into a number. */
    private static int valueOf(List<NumberWord> words) {
        int total = 0;
        int group = 0;
        int pending = 0;
        for (NumberWord w : words) {
            switch (w) {
                case TRAM -> {
                    group += pending * 100;
                    pending = 0;
                }
                case MUOI_NGANG -> {
                    group += pending * 10;
                    pending = 0;
                }
                case MUOI -> group += 10;
                case LINH -> pending = 0;
                case NGHIN -> {
                    total += (group + pending) * 1000;
                    group = 0;
                    pending = 0;
                }
                case MOT_SAC -> pending = 1;
                case TU -> pending = 4;
                case LAM -> pending = 5;
                default -> pending = w.ordinal() - NumberWord.KHONG.ordinal();
            }
        }
        return total + group + pending;
    }
}
