// The words of the kiosk and follow pages in every language the kiosk has: the shipped i18n/page*.properties
// files and any page_xx.properties a technician drops into config/i18n. A new language is one new file.
package vn.kiosk.app.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public final class PageWording {

    /** Vietnamese is the base: any word missing from another language falls back to it. */
    public static final String BASE = "vi";
    private static final String FOLDER = "i18n/";
    private static final String BASE_FILE = "page.properties";
    private static final Pattern FILE = Pattern.compile("page_([a-z]{2,3})\\.properties");

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
        Map<String, Properties> byCode = new TreeMap<>();
        byCode.put(BASE, shipped(BASE_FILE));
        for (String code : shippedCodes()) {
            byCode.put(code, shipped("page_" + code + ".properties"));
        }
        if (overrideFolder != null && Files.isDirectory(overrideFolder)) {
            try (Stream<Path> files = Files.list(overrideFolder)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    Matcher m = FILE.matcher(name);
                    String code = name.equals(BASE_FILE) ? BASE : m.matches() ? m.group(1) : null;
                    if (code != null) {
                        Properties p = byCode.computeIfAbsent(code, c -> new Properties());
                        p.putAll(read(f));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the page wording in " + overrideFolder, e);
            }
        }
        Map<String, String> base = flat(byCode.get(BASE));
        Map<String, Map<String, String>> words = new LinkedHashMap<>();
        words.put(BASE, Collections.unmodifiableMap(base));
        byCode.forEach((code, p) -> {
            if (!code.equals(BASE)) {
                Map<String, String> w = new TreeMap<>(base);
                w.putAll(flat(p));
                words.put(code, Collections.unmodifiableMap(w));
            }
        });
        return new PageWording(words);
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

    private static Map<String, String> flat(Properties p) {
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    private static Properties shipped(String file) {
        try (InputStream in = PageWording.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + file + " is missing from the build");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language codes of the shipped page_xx.properties files, from the jar or the classes folder. */
    private static TreeSet<String> shippedCodes() {
        URL base = PageWording.class.getClassLoader().getResource(FOLDER + BASE_FILE);
        TreeSet<String> codes = new TreeSet<>();
        try {
            List<String> names = new ArrayList<>();
            if ("jar".equals(base.getProtocol())) {
                JarURLConnection c = (JarURLConnection) base.openConnection();
                c.setUseCaches(false);
                try (JarFile jar = c.getJarFile()) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(FOLDER))
                            .map(n -> n.substring(FOLDER.length())).forEach(names::add);
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(base.toURI()).getParent())) {
                    files.map(f -> f.getFileName().toString()).forEach(names::add);
                }
            }
            for (String n : names) {
                Matcher m = FILE.matcher(n);
                if (m.matches()) {
                    codes.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the shipped page wording", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return codes;
    }

    private static Properties read(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return read(in);
        }
    }

    private static Properties read(InputStream in) throws IOException {
        Properties p = new Properties();
        try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
