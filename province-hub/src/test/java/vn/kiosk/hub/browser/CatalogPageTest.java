// The catalog tab in Debian's Chromium: an admin imports an edited sheet, reads the diff in Vietnamese, publishes.
package vn.kiosk.hub.browser;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.kiosk.hub.sheet.CatalogSheet;
import vn.kiosk.hub.support.HubBrowser;
import vn.kiosk.hub.support.TestHub;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestHub hub;
    private static HubBrowser b;
    private static Path dir;

    @BeforeAll
    static void start() throws Exception {
        // Outside CI a machine without Chromium skips this; CI installs it, so there it must run.
        if (!HubBrowser.installed() && System.getenv("CI") == null) {
            Assumptions.abort("apt-get install chromium chromium-driver");
        }
        hub = TestHub.start(Map.of());
        b = HubBrowser.launch();
        dir = Files.createTempDirectory("hub-sheet");
    }

    @AfterAll
    static void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void anAdminImportsASheetReadsItsDiffAndPublishesIt() throws Exception {
        b.size(1280, 800).signInFirstTime(hub.base(), "admin", TestHub.ADMIN_PASSWORD, "admin-chosen-page-1");
        b.tap("button[data-tab='catalog']");
        assertThat(b.text(".catalog .in-force")).contains("danh mục cài sẵn trên các ki-ốt");

        // The office's edit: a province link and the waiver's resolution on one procedure, one dropped, one new.
        ObjectNode c = (ObjectNode) JSON.readTree(TestHub.shippedCatalog().toFile());
        ArrayNode procedures = (ArrayNode) c.get("procedures");
        ObjectNode birth = (ObjectNode) procedures.get(14);
        birth.put("portal_url_province", "https://dichvucong.thanhhoa.gov.vn/thu-tuc/dang-ky-khai-sinh");
        birth.put("fee_waiver_resolution", "12/2025/NQ-HĐND");
        birth.put("processing_time_vi", "Trong ngày làm việc");
        String dropped = procedures.get(66).get("short_vi").asText();
        procedures.remove(66);
        ObjectNode added = procedures.get(15).deepCopy();
        added.put("id", "TINH-01");
        added.put("short_vi", "Đăng ký khai tử (lưu động)");
        added.put("name_vi", "Đăng ký khai tử lưu động tại nhà");
        procedures.add(added);
        Path sheet = Files.write(dir.resolve("danh-muc.csv"), CatalogSheet.write(c));
        b.driver().findElement(By.id("sheet-file")).sendKeys(sheet.toString());
        b.tap("button.import-sheet");

        b.waitFor(".diff .counts");
        assertThat(b.text(".diff h2")).isEqualTo("Bản nháp số 1 · so với danh mục cài sẵn trên ki-ốt");
        assertThat(b.text(".count[data-count='added']")).isEqualTo("1\nthủ tục thêm mới");
        assertThat(b.text(".count[data-count='removed']")).isEqualTo("1\nthủ tục bỏ đi");
        assertThat(b.text(".count[data-count='changed']")).isEqualTo("1\nthủ tục thay đổi");
        assertThat(b.text(".count[data-count='unchanged']")).isEqualTo("65\nthủ tục giữ nguyên");
        String change = b.text(".diff article.procedure");
        assertThat(change).contains("Đăng ký khai sinh").contains("Liên kết Cổng Dịch vụ công của tỉnh")
                .contains("https://dichvucong.thanhhoa.gov.vn/thu-tuc/dang-ky-khai-sinh")
                .contains("Nghị quyết miễn phí, lệ phí").contains("12/2025/NQ-HĐND").contains("(trống)")
                .contains("Thời hạn giải quyết").contains("Trong ngày làm việc");
        assertThat(b.text(".diff details.added")).contains("TINH-01").contains("Đăng ký khai tử (lưu động)");
        assertThat(b.text(".diff details.removed")).contains(dropped);
        b.shot("hub-catalog-diff");
        b.js("document.querySelector('.publish-bar').scrollIntoView({block: 'end'})");
        b.shot("hub-catalog-diff-end");
        assertThat(b.seriousAccessibilityProblems()).as("axe-core, catalog diff").isEmpty();
        // Imported, not published.
        assertThat(JSON.readTree(b.<String>js("return fetch('/api/v1/catalog/versions').then(r => r.text())"))).isEmpty();

        b.tap("button.publish");
        assertThat(b.text(".catalog .done")).isEqualTo("Đã phát hành phiên bản 1 (67 thủ tục) cho các ki-ốt.");
        assertThat(b.text(".catalog .in-force")).startsWith("Đang dùng: phiên bản 1, 67 thủ tục, phát hành 07/12/2026");

        // A sheet saved as plain CSV on a Vietnamese Windows: refused at its row and column, "save as UTF-8".
        String text = "id,field_code,name_vi,short_vi,level,online,portal_url\n"
                + "P-1,ho_tich,Đăng ký khai sinh,Khai sinh,commune,full,https://dichvucong.gov.vn/p/1\n";
        Path windows = Files.write(dir.resolve("windows.csv"), text.getBytes(Charset.forName("windows-1258")));
        b.driver().findElement(By.id("sheet-file")).sendKeys(windows.toString());
        b.tap("button.import-sheet");
        assertThat(b.text(".refusal h2")).isEqualTo("Chưa nhập được bảng: 1 lỗi");
        assertThat(b.text(".refusal li[data-code='not_utf8']")).startsWith("Dòng 2, cột name_vi: Tệp không phải UTF-8")
                .contains("hãy lưu lại dạng \"CSV UTF-8\"");
        b.shot("hub-catalog-refused");
    }
}
