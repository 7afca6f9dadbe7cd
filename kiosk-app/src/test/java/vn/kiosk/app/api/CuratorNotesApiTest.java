// Curator notes never reach a citizen (API answers, guide PDFs), and /tech refuses a catalog with a cut text or a note.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

class CuratorNotesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noAnswerNorGuideACitizenGetsHoldsACuratorNote() throws Exception {
        Path config = KioskServerExtension.copyOfConfig();
        JsonNode file = JSON.readTree(Files.readAllBytes(config.resolve("catalog/procedures.json")));
        List<String> notes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode p : file.get("procedures")) {
            ids.add(p.get("id").asText());
            p.get("curator_notes").forEach(n -> notes.add(n.asText()));
        }
        assertThat(notes).hasSizeGreaterThan(67);
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC(), Files.createTempDirectory("k-"),
                config)) {
            TestServer.Staff tech = s.signIn();
            List<String> answers = new ArrayList<>();
            answers.add(s.get("/api/v1/catalog").body());
            answers.add(s.get("/api/v1/catalog/search?q=ho%20tich").body());
            answers.add(s.get("/api/v1/kiosk/procedures?q=dang%20ky").body());
            answers.add(s.get("/api/v1/kiosk/procedures?field=ho_tich").body());
            for (String id : ids) {
                answers.add(s.get("/api/v1/catalog/procedures/" + id).body());
                answers.add(s.get("/api/v1/kiosk/procedures/" + id).body());
                try (PDDocument pdf = Loader.loadPDF(tech.bytes("/api/v1/guides/" + id + ".pdf"))) {
                    // The PDF wraps lines: compare with its line breaks as spaces.
                    answers.add(Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC)
                            .replaceAll("\\s+", " "));
                }
            }
            for (String answer : answers) {
                assertThat(answer).doesNotContain("curator", "Cổng DVCQG", "Ghi chú phí gốc", "Thời hạn gốc");
                assertThat(answer).doesNotContainPattern("\\d\\.\\d{6}\\.\\d{2}");
                for (String note : notes) {
                    assertThat(answer).doesNotContain(note);
                }
            }
            // The guide of the birth registration still says what a citizen needs, whole.
            try (PDDocument pdf = Loader.loadPDF(tech.bytes("/api/v1/guides/TH12-15.pdf"))) {
                assertThat(Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC)
                        .replaceAll("\\s+", " ")).contains("thì văn bản ủy quyền không phải chứng thực.");
            }
        }
    }

    @Test
    void aCatalogWithACutTextOrANoteIsRefusedAndNothingIsLost() throws Exception {
        Path config = KioskServerExtension.copyOfConfig();
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC(), Files.createTempDirectory("k-"),
                config)) {
            TestServer.Staff tech = s.signIn();
            byte[] original = Files.readAllBytes(config.resolve("catalog/procedures.json"));
            String birthBefore = s.get("/api/v1/catalog/procedures/TH12-15").body();

            ObjectNode cut = (ObjectNode) JSON.readTree(original);
            ObjectNode birth = procedure(cut, "TH12-15");
            ArrayNode docs = (ArrayNode) birth.get("documents_vi");
            String whole = docs.get(2).asText();
            docs.set(2, JSON.getNodeFactory().textNode(whole.substring(0, whole.indexOf(" phải chứng thực")) + "…"));
            TestServer.Answer refused = tech.request("PUT", "/api/v1/tech/catalog", JSON.writeValueAsBytes(cut),
                    "application/json", true);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("error").asText()).isEqualTo("invalid_catalog");
            assertThat(refused.json().get("message").asText()).contains("danh mục đang dùng được giữ nguyên");
            assertThat(refused.json().get("problems").toString())
                    .contains("procedure TH12-15: documents_vi[2] is cut off with \\\"…\\\"")
                    .contains("văn bản ủy quyền không…");

            ObjectNode noted = (ObjectNode) JSON.readTree(original);
            procedure(noted, "TH12-19").put("processing_time_vi",
                    "8 ngày làm việc (trường hợp 1.000689.01); Cổng DVCQG ghi 3 ngày cho các kênh nộp hồ sơ.");
            TestServer.Answer alsoRefused = tech.request("PUT", "/api/v1/tech/catalog", JSON.writeValueAsBytes(noted),
                    "application/json", true);
            assertThat(alsoRefused.status()).isEqualTo(422);
            assertThat(alsoRefused.json().get("problems").toString())
                    .contains("procedure TH12-19: processing_time_vi holds a curator note");

            // Nothing was written, nothing changed for the citizens, and no previous catalog was made of it.
            assertThat(Files.readAllBytes(config.resolve("catalog/procedures.json"))).isEqualTo(original);
            assertThat(config.resolve("catalog/procedures.json.previous")).doesNotExist();
            assertThat(s.get("/api/v1/catalog/procedures/TH12-15").body()).isEqualTo(birthBefore);
            assertThat(tech.get("/api/v1/tech/catalog").json().get("previousKept").asBoolean()).isFalse();

            // The same note in curator_notes is welcome.
            ArrayNode notes = (ArrayNode) procedure(noted, "TH12-19").get("curator_notes");
            notes.add("8 ngày làm việc (trường hợp 1.000689.01); Cổng DVCQG ghi 3 ngày cho các kênh nộp hồ sơ.");
            procedure(noted, "TH12-19").put("processing_time_vi", "Từ 3 đến 8 ngày làm việc tùy trường hợp.");
            assertThat(tech.request("PUT", "/api/v1/tech/catalog", JSON.writeValueAsBytes(noted), "application/json",
                    true).status()).isEqualTo(200);
            assertThat(s.get("/api/v1/catalog/procedures/TH12-19").body()).doesNotContain("1.000689.01");
        }
    }

    private static ObjectNode procedure(ObjectNode catalog, String id) {
        for (JsonNode p : catalog.get("procedures")) {
            if (id.equals(p.get("id").asText())) {
                return (ObjectNode) p;
            }
        }
        throw new AssertionError("no procedure " + id);
    }
}
