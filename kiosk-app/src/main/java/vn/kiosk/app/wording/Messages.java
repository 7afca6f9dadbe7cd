// User-facing text in Vietnamese (the default) or English, from the i18n resource bundles.
package vn.kiosk.app.wording;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    /** Vietnamese unless the language tag asks for English. */
    public static Locale locale(String languageTag) {
        return languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : VIETNAMESE;
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE,
                Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message " + key + " is missing from " + BUNDLE, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
