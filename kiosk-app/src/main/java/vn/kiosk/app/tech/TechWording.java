// The words of the technician's page (i18n/tech*.properties): Vietnamese first, English beside it.
package vn.kiosk.app.tech;

import java.util.Map;

import vn.kiosk.app.wording.WordFiles;

public final class TechWording {

    public static final String BASE = WordFiles.BASE;

    private final Map<String, Map<String, String>> words;

    private TechWording(Map<String, Map<String, String>> words) {
        this.words = words;
    }

    /** Reads the shipped files; a word missing in English falls back to Vietnamese. */
    public static TechWording load() {
        return new TechWording(WordFiles.languages("tech", null));
    }

    public boolean has(String lang) {
        return words.containsKey(lang);
    }

    public Map<String, String> words(String lang) {
        return words.get(lang);
    }
}
