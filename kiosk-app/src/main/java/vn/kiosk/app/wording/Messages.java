// User-facing text in Vietnamese (the default) or English, from the i18n/messages word files.
package vn.kiosk.app.wording;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final String FAMILY = "messages";

    /** Read once, on first use: a message missing in English falls back to its Vietnamese. */
    private static final class Loaded {
        static final Map<String, Map<String, String>> WORDS = WordFiles.languages(FAMILY, null);
    }

    private Messages() {
    }

    /** Vietnamese unless the language tag asks for English. */
    public static Locale locale(String languageTag) {
        return languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : VIETNAMESE;
    }

    public static String get(Locale locale, String key, Object... args) {
        String language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : WordFiles.BASE;
        String pattern = Loaded.WORDS.get(language).get(key);
        if (pattern == null) {
            throw new IllegalStateException("message " + key + " is missing from i18n/" + FAMILY);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
