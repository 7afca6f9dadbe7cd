// The one reader of word files: Vietnamese base, other languages over it, a technician's folder over the shipped.
package vn.kiosk.app.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordFilesTest {

    @Test
    void everyShippedLanguageHasEveryVietnameseWord() {
        for (String family : new String[] {"messages", "page", "tech"}) {
            Map<String, Map<String, String>> words = WordFiles.languages(family, null);
            assertThat(words.keySet()).first().isEqualTo("vi");
            assertThat(words).containsKey("en");
            assertThat(words.get("en").keySet()).containsAll(words.get("vi").keySet());
        }
    }

    @Test
    void aTechniciansFileAddsALanguageAndRewordsTheShipped(@TempDir Path folder) throws IOException {
        String shippedTitle = WordFiles.shipped("page.properties").keySet().iterator().next();
        Files.writeString(folder.resolve("page_fr.properties"), "language.name=Français\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("page.properties"), "extra.word=Chữ thêm\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("tech_fr.properties"), "other.family=x\n", StandardCharsets.UTF_8);

        Map<String, Map<String, String>> words = WordFiles.languages("page", folder);

        assertThat(words.keySet()).containsExactly("vi", "en", "fr");
        assertThat(words.get("vi")).containsEntry("extra.word", "Chữ thêm");
        assertThat(words.get("fr")).containsEntry("language.name", "Français")
                .containsEntry("extra.word", "Chữ thêm")
                .containsEntry(shippedTitle, words.get("vi").get(shippedTitle))
                .doesNotContainKey("other.family");
    }

    @Test
    void aFamilyMissingFromTheBuildIsAFault() {
        assertThatThrownBy(() -> WordFiles.languages("nothing", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("i18n/nothing.properties");
    }
}
