// The catalog check on every text a citizen reads: no text cut off with "…", and no curator note in it.
package vn.kiosk.link.catalog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A curator's working notes ("Cổng DVCQG ghi 3 ngày…", "(trường hợp 1.000689.01)", "không thuộc NQ 12") belong
 * in a procedure's {@code curator_notes}, which the kiosk never shows. They are recognised by the shorthand the
 * curators write and a citizen's text never needs: the portal's abbreviation, a procedure or case code, the
 * resolution without its year, and the words of a note about the sources.
 */
public final class CitizenTexts {

    private record NoteMark(Pattern pattern, String what) {
    }

    private static final List<NoteMark> NOTE_MARKS = List.of(
            new NoteMark(Pattern.compile("Cổng DVCQG"), "the curators' abbreviation of the portal"),
            new NoteMark(Pattern.compile("(?<![\\d.])\\d\\.\\d{6}(?:\\.\\d{2})?(?![\\d.])"),
                    "a procedure or case code"),
            new NoteMark(Pattern.compile("\\bNQ 12\\b(?!/)"), "the resolution's short name without its year"),
            new NoteMark(Pattern.compile("(?iu)\\bbản ghi\\b|cần đối chiếu|được hiểu là"),
                    "the words of a note about the sources"));

    private CitizenTexts() {
    }

    /** What is wrong with a text a citizen will read, if anything: one sentence naming the place and the cause. */
    static Optional<String> problem(String where, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (cutOff(t)) {
            return Optional.of(where + " is cut off with \"…\" (restore the whole sentence, or shorten it by "
                    + "whole sentences): \"" + tail(t) + "\"");
        }
        for (NoteMark mark : NOTE_MARKS) {
            Matcher m = mark.pattern().matcher(t);
            if (m.find()) {
                return Optional.of(where + " holds a curator note (" + mark.what() + ": \"" + m.group()
                        + "\"); move it to curator_notes");
            }
        }
        return Optional.empty();
    }

    /** Whether a text was cut off with "…" (at its end, or inside a case label's brackets). */
    public static boolean cutOff(String text) {
        String t = text.strip();
        return t.endsWith("…") || t.endsWith("...") || t.contains("…]");
    }

    /** The end of a long text, where a cut shows. */
    private static String tail(String t) {
        return t.length() <= 60 ? t : "…" + t.substring(t.length() - 60);
    }
}
