// Reads numbers the way Vietnamese speakers say them: as a whole number up to 9999, or digit by digit.
package vn.kiosk.app.voice;

import java.util.ArrayList;
import java.util.List;

public final class VietnameseNumbers {

    public static final int MAX = 9999;

    private VietnameseNumbers() {
    }

    /**
     * 21 is "hai mươi mốt", 15 "mười lăm", 24 "hai mươi tư", 105 "một trăm linh năm",
     * 1005 "một nghìn không trăm linh năm". Northern usage ("nghìn", "linh").
     */
    public static NumberReading number(int n) {
        if (n < 0 || n > MAX) {
            throw new IllegalArgumentException("reads 0 to " + MAX + ", not " + n);
        }
        if (n == 0) {
            return new NumberReading(List.of(NumberWord.KHONG));
        }
        List<NumberWord> words = new ArrayList<>();
        int thousands = n / 1000;
        int rest = n % 1000;
        if (thousands > 0) {
            words.add(NumberWord.digit(thousands));
            words.add(NumberWord.NGHIN);
        }
        if (rest > 0) {
            // After nghìn the hundreds are always said, even when zero: một nghìn không trăm linh năm.
            hundreds(rest, thousands > 0, words);
        }
        return new NumberReading(words);
    }

    /** Each digit on its own word, as on a phone: "015" is "không một năm". */
    public static NumberReading digits(String digits) {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("only the digits 0-9 can be read one by one: \"" + digits + "\"");
        }
        return new NumberReading(digits.chars().mapToObj(c -> NumberWord.digit(c - '0')).toList());
    }

    /** 1 to 999; {@code sayZeroHundreds} after a thousand. */
    private static void hundreds(int n, boolean sayZeroHundreds, List<NumberWord> words) {
        int hundreds = n / 100;
        int rest = n % 100;
        if (hundreds > 0 || sayZeroHundreds) {
            words.add(NumberWord.digit(hundreds));
            words.add(NumberWord.TRAM);
            if (rest > 0 && rest < 10) {
                words.add(NumberWord.LINH);
            }
        }
        if (rest > 0) {
            tens(rest, words);
        }
    }

    /** 1 to 99. */
    private static void tens(int n, List<NumberWord> words) {
        int tens = n / 10;
        int unit = n % 10;
        if (tens == 0) {
            words.add(NumberWord.digit(unit));
            return;
        }
        if (tens == 1) {
            words.add(NumberWord.MUOI);
            if (unit > 0) {
                words.add(unit == 5 ? NumberWord.LAM : NumberWord.digit(unit));
            }
            return;
        }
        words.add(NumberWord.digit(tens));
        words.add(NumberWord.MUOI_NGANG);
        if (unit > 0) {
            words.add(switch (unit) {
                case 1 -> NumberWord.MOT_SAC;
                case 4 -> NumberWord.TU;
                case 5 -> NumberWord.LAM;
                default -> NumberWord.digit(unit);
            });
        }
    }
}
