// The hub's words from i18n/hub.properties (Vietnamese) and hub_en.properties, for pages, errors and downloads.
package vn.kiosk.hub.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import io.helidon.webserver.http.ServerRequest;

public final class Words {

    public static final String VI = "vi";
    public static final String EN = "en";

    private final Map<String, String> vi;
    private final Map<String, String> en;

    private Words(Map<String, String> vi, Map<String, String> en) {
        this.vi = vi;
        this.en = en;
    }

    public static Words load() {
        Map<String, String> vi = read("i18n/hub.properties");
        Map<String, String> en = new TreeMap<>(vi);
        en.putAll(read("i18n/hub_en.properties"));
        return new Words(vi, en);
    }

    /** Vietnamese first: English only when asked for by ?lang=en or an Accept-Language that starts with it. */
    public static String language(ServerRequest req) {
        String q = req.query().first("lang").orElse("");
        if (!q.isEmpty()) {
            return q.toLowerCase(Locale.ROOT).startsWith(EN) ? EN : VI;
        }
        String accept = req.headers().first(io.helidon.http.HeaderNames.ACCEPT_LANGUAGE).orElse("");
        return accept.strip().toLowerCase(Locale.ROOT).startsWith(EN) ? EN : VI;
    }

    public Map<String, String> all(String lang) {
        return EN.equals(lang) ? en : vi;
    }

    public String get(String lang, String key, Object... args) {
        String pattern = all(lang).getOrDefault(key, key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    private static Map<String, String> read(String resource) {
        Properties p = new Properties();
        try (InputStream in = Words.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }
}
