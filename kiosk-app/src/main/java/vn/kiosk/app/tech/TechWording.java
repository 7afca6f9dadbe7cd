// The words of the technician's page (i18n/tech*.properties): Vietnamese first, English beside it.
package vn.kiosk.app.tech;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

public final class TechWording {

    public static final String BASE = "vi";

    private final Map<String, Map<String, String>> words;

    private TechWording(Map<String, Map<String, String>> words) {
        this.words = words;
    }

    /** Reads the shipped files; a word missing in English falls back to Vietnamese. */
    public static TechWording load() {
        Map<String, String> vi = read("/i18n/tech.properties");
        Map<String, String> en = new TreeMap<>(vi);
        en.putAll(read("/i18n/tech_en.properties"));
        return new TechWording(Map.of(BASE, vi, "en", Map.copyOf(en)));
    }

    public boolean has(String lang) {
        return words.containsKey(lang);
    }

    public Map<String, String> words(String lang) {
        return words.get(lang);
    }

    static Map<String, String> read(String resource) {
        try (InputStream in = TechWording.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new TreeMap<>();
            p.forEach((k, v) -> out.put(k.toString(), v.toString()));
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
