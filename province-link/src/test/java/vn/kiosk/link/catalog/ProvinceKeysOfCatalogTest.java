// The catalog's optional province keys: the province's portal link and the resolution granting the fee waiver.
package vn.kiosk.link.catalog;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProvinceKeysOfCatalogTest {

    private static final String FIELDS = "\"fields\":[{\"code\":\"ho_tich\",\"name_vi\":\"Hộ tịch\"}]";

    private static String catalog(String extra) {
        return "{\"version\":1," + FIELDS + ",\"procedures\":[{\"id\":\"P-1\",\"field_code\":\"ho_tich\","
                + "\"name_vi\":\"Đăng ký khai sinh\",\"short_vi\":\"Khai sinh\",\"level\":\"commune\","
                + "\"online\":\"full\",\"portal_url\":\"https://dichvucong.gov.vn/p/1\"" + extra + "}]}";
    }

    private static Catalog parse(String json) {
        return new CatalogLoader().parse(json.getBytes(StandardCharsets.UTF_8), "test");
    }

    @Test
    void anOlderCatalogWithoutThemLoads() {
        Procedure p = parse(catalog("")).procedure("P-1").orElseThrow();
        assertThat(p.portalUrlProvince()).isNull();
        assertThat(p.feeWaiverResolution()).isNull();
    }

    @Test
    void aCatalogWithThemCarriesThem() {
        Procedure p = parse(catalog(",\"portal_url_province\":\"https://dichvucong.thanhhoa.gov.vn/p/1\","
                + "\"fee_exempt_online_thanh_hoa\":true,\"fee_waiver_resolution\":\"12/2025/NQ-HĐND\""))
                .procedure("P-1").orElseThrow();
        assertThat(p.portalUrlProvince()).isEqualTo("https://dichvucong.thanhhoa.gov.vn/p/1");
        assertThat(p.feeWaiverResolution()).isEqualTo("12/2025/NQ-HĐND");
        assertThat(p.freeOnline(true)).isTrue();
    }

    @Test
    void aProvinceLinkMustBeWholeHttpsAndAResolutionNeedsItsWaiver() {
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> parse(catalog(
                ",\"portal_url_province\":\"http://dichvucong.thanhhoa.gov.vn\",\"fee_waiver_resolution\":\"12/2025\"")));
        assertThat(e.problems()).containsExactly("procedure P-1: portal_url_province must be an https link",
                "procedure P-1: fee_waiver_resolution names the resolution of a fee waiver, so "
                        + "fee_exempt_online_thanh_hoa must be true and the resolution not blank");
        assertThat(CatalogLoader.httpsLink("https://a b.vn/x")).isFalse();
        // A procedure without its online or level key is reported, not a NullPointerException (a hub's 500).
        CatalogException missing = catchThrowableOfType(CatalogException.class, () -> parse(catalog("")
                .replace("\"level\":\"commune\",\"online\":\"full\",", "")));
        assertThat(missing.problems()).containsExactly("procedure P-1: online must be full, partial or none, not null",
                "procedure P-1: level must be commune or province, not null");
        assertThat(CatalogLoader.httpsLink("https://")).isFalse();
        assertThat(CatalogLoader.httpsLink("https://dichvucong.gov.vn/thu-tuc/1")).isTrue();
    }
}
