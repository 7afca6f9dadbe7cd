// The shipped catalog loads, searches the way citizens type, and a broken catalog says what is wrong.
package vn.kiosk.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogException;
import vn.kiosk.link.catalog.CatalogLoader;
import vn.kiosk.link.catalog.Procedure;
import vn.kiosk.link.catalog.VietnameseFold;

class CatalogTest {

    private static final Catalog SHIPPED = new CatalogLoader()
            .load(KioskServerExtension.configDir().resolve("catalog/procedures.json"));

    @Test
    void theShippedCatalogHasEveryProcedureAndField() {
        assertThat(SHIPPED.procedures()).hasSize(67);
        assertThat(SHIPPED.fields()).hasSize(18);
        assertThat(SHIPPED.procedures().stream().filter(Procedure::fullProcessDirective24)).hasSize(25);
        Procedure birth = SHIPPED.procedure("TH12-15").orElseThrow();
        assertThat(birth.nameVi()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(birth.online()).isEqualTo("full");
        assertThat(birth.feeExemptOnlineThanhHoa()).isTrue();
        assertThat(birth.documentsVi()).isNotEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "khai sinh, Đăng ký khai sinh",
            "KHAI SINH, Đăng ký khai sinh",
            "đăng ký khai sinh, Đăng ký khai sinh",
            "DANG KY KET HON, Đăng ký kết hôn",
            "ket hon, Đăng ký kết hôn",
            "khai tu, Đăng ký khai tử",
            "1.001193, Đăng ký khai sinh"})
    void searchIgnoresAccentsAndCase(String query, String firstShortName) {
        List<Procedure> found = SHIPPED.search(query, 10);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).shortVi()).isEqualTo(firstShortName);
    }

    @Test
    void searchNeedsEveryWord() {
        assertThat(SHIPPED.search("khai sinh xyzzy", 10)).isEmpty();
        assertThat(SHIPPED.search("   ", 10)).isEmpty();
        assertThat(SHIPPED.search("chứng thực", 50)).isNotEmpty()
                .allSatisfy(p -> assertThat(VietnameseFold.fold(p.nameVi() + " " + p.shortVi() + " " + p.fieldCode()
                        + " Chứng thực")).contains("chung thuc"));
    }

    @Test
    void foldingRemovesEveryVietnameseMark() {
        assertThat(VietnameseFold.fold("Đăng KÝ Khai Sinh")).isEqualTo("dang ky khai sinh");
        assertThat(VietnameseFold.fold("ừ ạ ổ ữ ỹ đ Đ")).isEqualTo("u a o u y d d");
        // A decomposed (NFD) input folds the same as a composed one.
        assertThat(VietnameseFold.fold(java.text.Normalizer.normalize("Đăng ký", java.text.Normalizer.Form.NFD)))
                .isEqualTo("dang ky");
        assertThat(VietnameseFold.fold("  hộ-tịch!! ")).isEqualTo("ho tich");
        assertThat(VietnameseFold.fold(null)).isEmpty();
    }

    @Test
    void aBrokenCatalogListsEveryProblem() {
        String json = """
                {"version": 2, "fields": [{"code": "ho_tich", "name_vi": "Hộ tịch"}, {"code": "ho_tich", "name_vi": "x"}],
                 "procedures": [
                   {"id": "X-1", "field_code": "nowhere", "name_vi": "A", "short_vi": "A", "online": "sometimes",
                    "level": "commune", "portal_url": "http://insecure", "national_code": "12345"},
                   {"id": "X-1", "field_code": "ho_tich", "name_vi": "B", "short_vi": "%s", "online": "partial",
                    "level": "district", "portal_url": "https://ok", "full_process_directive_24": true}
                 ]}""".formatted("x".repeat(41));
        assertThatThrownBy(() -> new CatalogLoader().parse(json.getBytes(StandardCharsets.UTF_8), "test"))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems()).contains(
                        "version must be 1",
                        "field ho_tich appears twice",
                        "procedure X-1: unknown field_code nowhere",
                        "procedure X-1: online must be full, partial or none, not sometimes",
                        "procedure X-1: portal_url must be an https link",
                        "procedure X-1: national_code 12345 is not of the form N.NNNNNN",
                        "procedure X-1 appears twice",
                        "procedure X-1: short_vi is longer than 40 characters",
                        "procedure X-1: level must be commune or province, not district",
                        "procedure X-1: a Directive 24 service must be online \"full\""));
    }

    @Test
    void textThatIsNotNfcOrJsonIsRefused() {
        String decomposed = java.text.Normalizer.normalize("Đăng ký", java.text.Normalizer.Form.NFD);
        String nfd = "{\"version\":1,\"fields\":[{\"code\":\"f\",\"name_vi\":\"F\"}],\"procedures\":[{\"id\":\"P\","
                + "\"field_code\":\"f\",\"name_vi\":\"" + decomposed + "\",\"short_vi\":\"x\",\"online\":\"none\","
                + "\"level\":\"commune\",\"portal_url\":\"https://x\"}]}";
        assertThatThrownBy(() -> new CatalogLoader().parse(nfd.getBytes(StandardCharsets.UTF_8), "t"))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.problems()).anyMatch(p -> p.contains("not in Unicode NFC")));
        assertThatThrownBy(() -> new CatalogLoader().parse("{not json".getBytes(StandardCharsets.UTF_8), "t"))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.problems().get(0)).startsWith("not valid JSON"));
        assertThatThrownBy(() -> new CatalogLoader().parse("[]".getBytes(StandardCharsets.UTF_8), "t"))
                .isInstanceOf(CatalogException.class);
    }
}
