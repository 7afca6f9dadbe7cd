// The shipped catalog's texts are whole and free of curator notes, and a catalog that is not is refused with reasons.
package vn.kiosk.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogException;
import vn.kiosk.link.catalog.CatalogLoader;
import vn.kiosk.link.catalog.Procedure;

class CatalogTextsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode shippedJson() throws Exception {
        return JSON.readTree(Files.readAllBytes(KioskServerExtension.configDir().resolve("catalog/procedures.json")));
    }

    private static Catalog shipped() {
        return new CatalogLoader().load(KioskServerExtension.configDir().resolve("catalog/procedures.json"));
    }

    /** Every text of a procedure that reaches a citizen: names, time, fee note and each document. */
    private static List<String> citizenTexts(Procedure p) {
        List<String> texts = new ArrayList<>(List.of(p.nameVi(), p.shortVi()));
        for (String t : new String[] {p.nameEn(), p.processingTimeVi(), p.feeNoteVi()}) {
            if (t != null) {
                texts.add(t);
            }
        }
        texts.addAll(p.documentsVi());
        return texts;
    }

    @Test
    void noShippedTextIsCutOffOrHoldsANote() {
        Catalog c = shipped();
        List<String> bad = new ArrayList<>();
        int documents = 0;
        for (Procedure p : c.procedures()) {
            documents += p.documentsVi().size();
            for (String t : citizenTexts(p)) {
                if (t.strip().endsWith("…") || t.contains("…]") || t.contains("Cổng DVCQG")
                        || t.matches("(?s).*\\d\\.\\d{6}\\.\\d{2}.*") || t.matches("(?s).*\\bNQ 12\\b(?!/).*")) {
                    bad.add(p.id() + ": " + t);
                }
            }
        }
        assertThat(bad).isEmpty();
        // 213 document lines came in; one long list was split into its four items.
        assertThat(documents).isEqualTo(216);
    }

    @Test
    void theCutTextsOfTheIssueAreWholeAgain() {
        Catalog c = shipped();
        Procedure birth = c.procedure("TH12-15").orElseThrow();
        assertThat(birth.documentsVi()).anyMatch(d -> d.endsWith(
                "thì văn bản ủy quyền không phải chứng thực."));
        // The residence proof every civil-status card lists, whole to its last sentence.
        assertThat(birth.documentsToPresent()).anyMatch(d -> d.startsWith("Giấy tờ có giá trị chứng minh thông tin")
                && d.endsWith("tải lên (theo hình thức trực tuyến)."));
        // A case label cut inside its brackets is whole too.
        assertThat(c.procedure("D24-03").orElseThrow().documentsVi()).anyMatch(d -> d.startsWith(
                "[Người được chăm sóc, nuôi dưỡng, trợ giúp được đăng ký thường trú tại cơ sở trợ giúp xã hội hoặc")
                && d.contains("] Văn bản đề nghị của người đứng đầu cơ sở trợ giúp xã hội"));
        Procedure fatherhood = c.procedure("TH12-19").orElseThrow();
        assertThat(fatherhood.processingTimeVi()).isEqualTo("Từ 3 đến 8 ngày làm việc tùy trường hợp.");
    }

    @Test
    void theCuratorsNotesAreKeptInTheirOwnField() throws Exception {
        JsonNode fatherhood = null;
        for (JsonNode p : shippedJson().get("procedures")) {
            assertThat(p.get("curator_notes").isArray()).as(p.get("id").asText()).isTrue();
            if ("TH12-19".equals(p.get("id").asText())) {
                fatherhood = p;
            }
        }
        assertThat(fatherhood).isNotNull();
        assertThat(fatherhood.get("curator_notes").toString()).contains("1.000689.01", "Cổng DVCQG ghi 3 ngày");
        assertThat(fatherhood.get("processing_time_vi").asText()).doesNotContain("1.000689", "Cổng DVCQG");
        assertThat(fatherhood.get("fee_note_vi").asText()).doesNotContain("NQ 12", "mục 19");
    }

    /** A one-procedure catalog whose procedure has {@code key} set to {@code value}. */
    private static byte[] catalogWith(String key, JsonNode value) throws Exception {
        ObjectNode root = JSON.createObjectNode().put("version", 1);
        root.putArray("fields").addObject().put("code", "ho_tich").put("name_vi", "Hộ tịch");
        ObjectNode p = root.putArray("procedures").addObject().put("id", "P-1").put("field_code", "ho_tich")
                .put("name_vi", "Thủ tục đăng ký khai sinh").put("short_vi", "Đăng ký khai sinh")
                .put("online", "partial").put("level", "commune").put("portal_url", "https://dichvucong.gov.vn/");
        p.set(key, value);
        return JSON.writeValueAsBytes(root);
    }

    private static byte[] catalogWith(String key, String text) throws Exception {
        JsonNode value = key.equals("documents_vi") ? JSON.createArrayNode().add(text) : JSON.getNodeFactory().textNode(text);
        return catalogWith(key, value);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is refused for {2}")
    @CsvSource(delimiter = '|', value = {
            "documents_vi|Văn bản ủy quyền (được chứng thực). Trường hợp người được ủy quyền là ông, bà thì văn bản ủy quyền không…|is cut off",
            "documents_vi|[Đăng ký thường trú tại chỗ ở hợp pháp không thuộc quyền sở hữu của mình đối với những trư…] Tờ khai|is cut off",
            "processing_time_vi|8 ngày làm việc (trường hợp 1.000689.01)|a procedure or case code",
            "processing_time_vi|3 ngày; Cổng DVCQG ghi 3 ngày cho các kênh nộp hồ sơ.|the curators' abbreviation",
            "fee_note_vi|Phí chứng thực do Bộ Tài chính quy định, không thuộc NQ 12.|without its year",
            "fee_note_vi|Mục này được hiểu là đăng ký hộ kinh doanh.|the words of a note",
            "short_vi|Đăng ký khai sinh...|is cut off",
            "name_en|Birth registration (cases 1.001193.01, .02)|a procedure or case code"})
    void aCutTextOrANoteInACitizensTextIsRefused(String key, String text, String reason) throws Exception {
        byte[] json = catalogWith(key, text);
        assertThatThrownBy(() -> new CatalogLoader().parse(json, "test"))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.startsWith("procedure P-1: " + key) && p.contains(reason)));
    }

    @ParameterizedTest(name = "\"{0}\" is a citizen's text")
    @ValueSource(strings = {
            "Nộp trực tuyến tại Thanh Hóa: không phải nộp phí, lệ phí do HĐND tỉnh quy định (Nghị quyết 12/2025/NQ-HĐND).",
            "Lệ phí 10.000 đồng mỗi lần đăng ký trực tuyến.",
            "Cấp giấy phép khai thác nước dưới đất đối với công trình có quy mô dưới 5.000 m3/ngày đêm",
            "Đăng ký tạm trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA); trả kết quả trong ngày."})
    void wholeTextsWithLawsAndAmountsPass(String text) throws Exception {
        assertThat(new CatalogLoader().parse(catalogWith("fee_note_vi", text), "test").procedures()).hasSize(1);
    }

    @Test
    void curatorNotesMayHoldWhatCitizensTextsMayNot() throws Exception {
        ArrayNode notes = JSON.createArrayNode().add("8 ngày làm việc (trường hợp 1.000689.01); Cổng DVCQG ghi 3 ngày…")
                .add("không thuộc NQ 12");
        Catalog c = new CatalogLoader().parse(catalogWith("curator_notes", notes), "test");
        assertThat(c.procedure("P-1")).isPresent();
        assertThatThrownBy(() -> new CatalogLoader().parse(catalogWith("curator_notes", "một ghi chú"), "test"))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems())
                        .contains("procedure P-1: curator_notes must be a list of texts"));
        String decomposed = java.text.Normalizer.normalize("Ghi chú", java.text.Normalizer.Form.NFD);
        assertThatThrownBy(() -> new CatalogLoader().parse(
                catalogWith("curator_notes", JSON.createArrayNode().add(decomposed)), "test"))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems())
                        .contains("procedure P-1: a curator note is not in Unicode NFC"));
    }
}
