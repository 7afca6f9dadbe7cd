// The words of the kiosk and follow pages in every language the kiosk has: the shipped i18n/page*.properties
// files and any page_xx.properties a technician drops into config/i18n. A new language is one new file.
package vn.kiosk.app.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.kiosk.app.wording.WordFiles;

public final class PageWording {

    /** Vietnamese is the base: any word missing from another language falls back to it. */
    public static final String BASE = WordFiles.BASE;

    /** A language the pages can switch to, named in its own words. */
    public record Language(String code, String name) {
    }

    private final Map<String, Map<String, String>> words;
    private final List<Language> languages;

    private PageWording(Map<String, Map<String, String>> words) {
        this.words = words;
        List<Language> list = new ArrayList<>();
        words.forEach((code, w) -> list.add(new Language(code, w.getOrDefault("language.name", code))));
        this.languages = List.copyOf(list);
    }

    /** Reads the shipped files, then the technician's folder (which may be absent) over them. */
    public static PageWording load(Path overrideFolder) {
        return new PageWording(WordFiles.languages("page", overrideFolder));
    }

    public List<Language> languages() {
        return languages;
    }

    /** The words of a language, or Vietnamese for a language the kiosk does not have. */
    public Map<String, String> words(String code) {
        return words.getOrDefault(code, words.get(BASE));
    }

    public boolean has(String code) {
        return words.containsKey(code);
    }
}
