// The catalog sheet read and written without a server: the shipped catalog's round trip and every refusal.
package vn.kiosk.hub.sheet;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.kiosk.hub.support.TestHub;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CatalogSheetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "id,field_code,name_vi,short_vi,level,online,portal_url";
    private static final String ROW = "P-1,ho_tich,Đăng ký khai sinh,Khai sinh,commune,full,https://dichvucong.gov.vn/p/1";
    private static JsonNode shipped;

    @BeforeAll
    static void load() throws Exception {
        shipped = JSON.readTree(TestHub.shippedCatalog().toFile());
    }

    @Test
    void theShippedCatalogWrittenAsASheetReadsBackTheSame() throws Exception {
        byte[] sheet = CatalogSheet.write(shipped);
        String text = new String(sheet, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,seed_item,field_code,name_vi,short_vi,").contains("\r\n");
        JsonNode back = JSON.readTree(CatalogSheet.read(sheet, shipped, "2026-12-07"));
        assertThat(back.get("procedures")).hasSize(shipped.get("procedures").size());
        assertThat(back.get("fields")).isEqualTo(shipped.get("fields"));
        assertThat(back.get("notes")).isEqualTo(shipped.get("notes"));
        for (int i = 0; i < shipped.get("procedures").size(); i++) {
            JsonNode was = shipped.get("procedures").get(i);
            JsonNode now = back.get("procedures").get(i);
            was.properties().forEach(e -> assertThat(now.get(e.getKey())).as(was.get("id") + " " + e.getKey())
                    .isEqualTo(e.getValue()));
        }
        Catalog c = new CatalogLoader().parse(CatalogSheet.read(sheet, shipped, "2026-12-07"), "back");
        assertThat(c.procedures()).hasSize(67);
    }

    @Test
    void aSheetFromAVietnameseExcelWithSemicolonsAndListsInOneCellReads() throws Exception {
        String sheet = HEADER.replace(',', ';') + ";portal_url_province;fee_exempt_online_thanh_hoa;"
                + "fee_waiver_resolution;documents_vi\r\n" + ROW.replace(',', ';')
                + ";https://dichvucong.thanhhoa.gov.vn/p/1;có;12/2025/NQ-HĐND;\"Tờ khai; bản chính\nGiấy chứng sinh\"\r\n";
        JsonNode p = JSON.readTree(CatalogSheet.read(sheet.getBytes(StandardCharsets.UTF_8), shipped, "2026-12-07"))
                .get("procedures").get(0);
        assertThat(p.get("portal_url_province").asText()).isEqualTo("https://dichvucong.thanhhoa.gov.vn/p/1");
        assertThat(p.get("fee_exempt_online_thanh_hoa").asBoolean()).isTrue();
        assertThat(p.get("fee_waiver_resolution").asText()).isEqualTo("12/2025/NQ-HĐND");
        assertThat(p.get("documents_vi").toString()).isEqualTo("[\"Tờ khai; bản chính\",\"Giấy chứng sinh\"]");
        assertThat(p.get("full_process_directive_24").asBoolean()).isFalse();
    }

    @Test
    void decomposedVietnameseIsStoredComposed() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Đăng ký khai sinh", java.text.Normalizer.Form.NFD);
        String sheet = HEADER + "\n" + ROW.replace("Đăng ký khai sinh", decomposed) + "\n";
        JsonNode p = JSON.readTree(CatalogSheet.read(sheet.getBytes(StandardCharsets.UTF_8), shipped, "d"))
                .get("procedures").get(0);
        assertThat(p.get("name_vi").asText()).isEqualTo("Đăng ký khai sinh");
    }

    @Test
    void aWrongHeaderNamesEachColumn() {
        List<SheetProblem> p = refused("id,field,name_vi,short_vi,short_vi,level,online\n" + ROW + "\n");
        assertThat(p).contains(SheetProblem.of(1, "field", "unknown_column", "B"),
                SheetProblem.of(1, "short_vi", "duplicate_column", "E"),
                SheetProblem.of(1, "field_code", "missing_column"), SheetProblem.of(1, "portal_url", "missing_column"));
    }

    @Test
    void aSheetSavedInAWindowsCodePageIsRefusedAtItsFirstAccentedLetter() {
        for (String codePage : new String[] {"windows-1258", "windows-1252"}) {
            String text = HEADER + "\n" + ROW.replace("Đăng ký khai sinh", "Dang ky khai sinh") + "\n"
                    + ROW.replace("P-1", "P-2").replace("Đăng ký khai sinh", "Đăng ký khai tử").replace("Đ", "D") + "\n";
            byte[] bytes = text.getBytes(Charset.forName(codePage));
            SheetProblem p = refusedBytes(bytes).getFirst();
            assertThat(p.code()).as(codePage).isEqualTo("not_utf8");
            assertThat(p.row()).as(codePage).isEqualTo(3);
            assertThat(p.column()).as(codePage).isEqualTo("name_vi");
        }
        byte[] utf16 = (HEADER + "\n").getBytes(StandardCharsets.UTF_16);
        assertThat(refusedBytes(utf16).getFirst().code()).isEqualTo("utf16");
    }

    @Test
    void anUnclosedQuoteNamesTheRowAndColumnWhereItOpens() {
        List<SheetProblem> p = refused(HEADER + "\n" + ROW + "\n"
                + ROW.replace("P-1", "P-2").replace("Khai sinh", "\"Khai sinh, lần đầu") + "\n" + ROW + "\n");
        assertThat(p).containsExactly(SheetProblem.of(3, "short_vi", "unclosed_quote"));
    }

    @Test
    void aDuplicateIdNamesBothRows() {
        List<SheetProblem> p = refused(HEADER + "\n" + ROW + "\n\"line\nbreak\"" + ROW.substring(3) + "\n" + ROW + "\n");
        // Row 3's id holds a line break; the spreadsheet still counts it as one row, so the repeat is row 4.
        assertThat(p).contains(SheetProblem.of(4, "id", "duplicate_id", "P-1", 2));
    }

    @Test
    void eachBadCellIsNamedWithItsRowAndColumn() {
        List<SheetProblem> p = refused(HEADER + ",portal_url_province,processing_days,fee_exempt_online_thanh_hoa\n"
                + ROW.replace("ho_tich", "khong_co") + ",https://x.vn/a,3,có\n"
                + ROW.replace("P-1", "P-2").replace("https://dichvucong.gov.vn/p/1", "http://dichvucong.gov.vn/p/2")
                + ",https://dichvu cong.vn,ba ngày,chưa\n"
                + ROW.replace("P-1", "P-3").replace(",Khai sinh,", ",Đăng ký khai sinh cho trẻ em có yếu tố nước ngoài,")
                + ",,,\n"
                + ROW.replace("P-1", "P-4").replace(",Khai sinh,", ",Khai sinh cho trẻ…,") + ",,,\n");
        assertThat(p).extracting(x -> x.row() + " " + x.column() + " " + x.code()).contains(
                "2 field_code unknown_field", "3 portal_url bad_link", "3 portal_url_province bad_link",
                "3 processing_days not_a_number", "3 fee_exempt_online_thanh_hoa not_a_flag",
                "4 short_vi name_too_long", "5 short_vi text_cut");
        // The kiosks' own check says the same of the http link and the cut name: said once, in the sheet's words.
        assertThat(p).filteredOn(x -> x.code().equals("catalog_check")).isEmpty();
    }

    @Test
    void whatOnlyTheKioskCheckFindsGoesInTheProcedureRow() {
        List<SheetProblem> p = refused(HEADER + "\n" + ROW.replace("commune", "district") + "\n");
        assertThat(p).hasSize(1);
        assertThat(p.getFirst().row()).isEqualTo(2);
        assertThat(p.getFirst().column()).isEqualTo("level");
        assertThat(p.getFirst().code()).isEqualTo("catalog_check");
        assertThat(p.getFirst().args().getFirst()).contains("level must be commune or province");
    }

    @Test
    void aTenMegabyteFileIsRefusedWhole() {
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        assertThat(refusedBytes(big)).containsExactly(SheetProblem.of(0, null, "too_large", 8));
    }

    @Test
    void aSheetWithoutProceduresIsRefused() {
        assertThat(refused(HEADER + "\n,,,,,,\n")).containsExactly(SheetProblem.of(2, null, "no_procedures"));
        assertThat(refused("")).containsExactly(SheetProblem.of(1, null, "no_header"));
    }

    @Test
    void aShippedProcedureChangedInTheSheetCarriesTheChange() throws Exception {
        byte[] sheet = sheetOf(c -> ((ObjectNode) c.get("procedures").get(0)).put("portal_url_province",
                "https://dichvucong.thanhhoa.gov.vn/tt/1"));
        JsonNode back = JSON.readTree(CatalogSheet.read(sheet, shipped, "d"));
        assertThat(back.get("procedures").get(0).get("portal_url_province").asText())
                .isEqualTo("https://dichvucong.thanhhoa.gov.vn/tt/1");
    }

    @Test
    void aSheetCutAnywhereOrOfRandomBytesIsReadOrRefusedNeverFailed() {
        byte[] whole = CatalogSheet.write(shipped);
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 150; i++) {
            byte[] sheet = i % 3 == 0 ? new byte[random.nextInt(4096)]
                    : Arrays.copyOf(whole, random.nextInt(whole.length));
            if (i % 3 == 0) {
                random.nextBytes(sheet);
            }
            try {
                new CatalogLoader().parse(CatalogSheet.read(sheet, shipped, "d"), "cut");
            } catch (SheetRefused e) {
                assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.code()).isNotBlank());
            }
        }
    }

    private static byte[] sheetOf(Consumer<ObjectNode> change) {
        ObjectNode c = shipped.deepCopy();
        change.accept(c);
        return CatalogSheet.write(c);
    }

    private static List<SheetProblem> refused(String sheet) {
        return refusedBytes(sheet.getBytes(StandardCharsets.UTF_8));
    }

    private static List<SheetProblem> refusedBytes(byte[] sheet) {
        SheetRefused e = catchThrowableOfType(SheetRefused.class, () -> CatalogSheet.read(sheet, shipped, "d"));
        assertThat(e).as("refused").isNotNull();
        return e.problems();
    }
}
