// The technician page's words: English has every Vietnamese key, and every key the page's scripts use exists.
package vn.kiosk.app.tech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.wording.WordFiles;

class TechWordingTest {

    @Test
    void englishHasEveryVietnameseKey() {
        Map<String, String> vi = WordFiles.shipped("tech.properties");
        Map<String, String> en = WordFiles.shipped("tech_en.properties");
        assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(vi.keySet());
        assertThat(vi.get("tech.title")).isEqualTo("Trang kỹ thuật viên");
    }

    @Test
    void everyKeyThePageUsesLiterallyExists() throws IOException {
        Map<String, String> vi = WordFiles.shipped("tech.properties");
        Pattern literal = Pattern.compile("'(tech\\.[a-z_.]+[a-z_])'");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/web/tech"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(vi.keySet()).containsAll(used);
    }
}
