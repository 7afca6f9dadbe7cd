// Reads the word files, the UTF-8 i18n/<family>.properties (Vietnamese) and <family>_xx.properties beside it.
package vn.kiosk.app.wording;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

/**
 * Every set of words the kiosk has (the error messages, the pages, the technician's page) is a family of these
 * files. Vietnamese is the base: a word missing from another language falls back to it, so a half-translated
 * file still shows every word.
 */
public final class WordFiles {

    public static final String BASE = "vi";
    private static final String FOLDER = "i18n/";

    private WordFiles() {
    }

    /** One shipped file (e.g. "tech_en.properties") as it is, without the fallback; absent is a build fault. */
    public static Map<String, String> shipped(String file) {
        try (InputStream in = WordFiles.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + file + " is missing from the build");
            }
            return flat(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words of every language of a family, the base first: the shipped files, then the files of the same
     * family in the override folder (may be null or absent) over them, then each language over the base.
     */
    public static Map<String, Map<String, String>> languages(String family, Path overrideFolder) {
        String baseFile = family + ".properties";
        Pattern other = Pattern.compile(Pattern.quote(family) + "_([a-z]{2,3})\\.properties");
        Map<String, Map<String, String>> byCode = new TreeMap<>();
        byCode.put(BASE, new TreeMap<>(shipped(baseFile)));
        for (String code : shippedCodes(baseFile, other)) {
            byCode.put(code, new TreeMap<>(shipped(family + "_" + code + ".properties")));
        }
        if (overrideFolder != null && Files.isDirectory(overrideFolder)) {
            try (Stream<Path> files = Files.list(overrideFolder)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    Matcher m = other.matcher(name);
                    String code = name.equals(baseFile) ? BASE : m.matches() ? m.group(1) : null;
                    if (code != null) {
                        try (InputStream in = Files.newInputStream(f)) {
                            byCode.computeIfAbsent(code, c -> new TreeMap<>()).putAll(flat(read(in)));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the " + family + " wording in " + overrideFolder, e);
            }
        }
        Map<String, String> base = byCode.get(BASE);
        Map<String, Map<String, String>> words = new LinkedHashMap<>();
        words.put(BASE, Collections.unmodifiableMap(base));
        byCode.forEach((code, w) -> {
            if (!code.equals(BASE)) {
                Map<String, String> merged = new TreeMap<>(base);
                merged.putAll(w);
                words.put(code, Collections.unmodifiableMap(merged));
            }
        });
        return Collections.unmodifiableMap(words);
    }

    /** The language codes of a family's shipped files, from the jar or the classes folder. */
    private static TreeSet<String> shippedCodes(String baseFile, Pattern other) {
        URL base = WordFiles.class.getClassLoader().getResource(FOLDER + baseFile);
        TreeSet<String> codes = new TreeSet<>();
        if (base == null) {
            throw new IllegalStateException(FOLDER + baseFile + " is missing from the build");
        }
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
                Matcher m = other.matcher(n);
                if (m.matches()) {
                    codes.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the shipped wording", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return codes;
    }

    private static Properties read(InputStream in) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Map<String, String> flat(Properties p) {
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }
}
