// A number as it is said: the words in order, as clip names for the voice and as text for the screen.
package vn.kiosk.app.voice;

import java.util.List;
import java.util.stream.Collectors;

public record NumberReading(List<NumberWord> words) {

    public NumberReading {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a number is said with at least one word");
        }
    }

    public List<String> clips() {
        return words.stream().map(NumberWord::clip).toList();
    }

    /** With diacritics, words separated by single spaces: "hai mươi mốt". */
    public String text() {
        return words.stream().map(NumberWord::text).collect(Collectors.joining(" "));
    }
}
