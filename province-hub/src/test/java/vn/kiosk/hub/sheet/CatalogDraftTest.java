// The sheet through the hub against the real PostgreSQL and Mosquitto: import, diff, publish, a kiosk receives it.
package vn.kiosk.hub.sheet;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.kiosk.hub.support.Client;
import vn.kiosk.hub.support.RetainedPush;
import vn.kiosk.hub.support.TestHub;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;
import vn.kiosk.link.push.ProvinceKeys;
import vn.kiosk.link.push.PushVerdict;
import vn.kiosk.link.push.PushVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** In order: the shipped catalog is in force first, then the 400 procedures the second test publishes. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogDraftTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSV = "text/csv; charset=utf-8";
    private static TestHub hub;
    private static Client admin;
    private static JsonNode shipped;

    @BeforeAll
    static void start() throws Exception {
        hub = TestHub.start(Map.of());
        admin = new Client(hub.base()).admin("admin-chosen-1");
        hub.broker().addUser("xa-thu", "thu-pw");
        shipped = JSON.readTree(TestHub.shippedCatalog().toFile());
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    @Test
    @Order(1)
    void theSheetOfTheCatalogInForceImportedBackChangesNothing() {
        Client.Answer sheet = admin.get("/api/v1/catalog/sheet");
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.header("content-type")).startsWith("text/csv");
        assertThat(sheet.header("content-disposition")).contains("procedures-shipped.csv");
        Client.Answer draft = admin.post("/api/v1/catalog/drafts", CSV, sheet.raw().body());
        assertThat(draft.status()).as(draft.text()).isEqualTo(201);
        JsonNode d = draft.json();
        assertThat(d.get("baseVersion").isNull()).isTrue();
        assertThat(d.get("procedures").asInt()).isEqualTo(67);
        assertThat(d.at("/diff/counts").toString())
                .isEqualTo("{\"added\":0,\"removed\":0,\"changed\":0,\"unchanged\":67,\"procedures\":67}");
        assertThat(d.at("/diff/changed")).isEmpty();
    }

    @Test
    @Order(2)
    void aSheetOf400ProceduresIsADraftWithItsDiffUntilPublishedThenAKioskReceivesIt() throws Exception {
        ObjectNode catalog = province(400);
        ObjectNode first = (ObjectNode) catalog.get("procedures").get(0);
        String firstId = first.get("id").asText();
        first.put("portal_url_province", "https://dichvucong.thanhhoa.gov.vn/thu-tuc/" + firstId);
        first.put("fee_waiver_resolution", "12/2025/NQ-HĐND");
        String removedId = catalog.get("procedures").get(1).get("id").asText();
        ((ArrayNode) catalog.get("procedures")).remove(1);
        Client.Answer draft = admin.post("/api/v1/catalog/drafts", CSV, CatalogSheet.write(catalog));
        assertThat(draft.status()).as(draft.text()).isEqualTo(201);
        JsonNode diff = draft.json().get("diff");
        assertThat(diff.get("counts").toString())
                .isEqualTo("{\"added\":333,\"removed\":1,\"changed\":1,\"unchanged\":65,\"procedures\":399}");
        assertThat(diff.at("/removed/0/id").asText()).isEqualTo(removedId);
        JsonNode changed = diff.at("/changed/0");
        assertThat(changed.get("id").asText()).isEqualTo(firstId);
        assertThat(changed.get("fields").toString()).isEqualTo("[{\"field\":\"fee_waiver_resolution\",\"before\":null,"
                + "\"after\":\"12/2025/NQ-HĐND\"},{\"field\":\"portal_url_province\",\"before\":null,\"after\":"
                + "\"https://dichvucong.thanhhoa.gov.vn/thu-tuc/" + firstId + "\"}]");
        // The import published nothing.
        assertThat(admin.get("/api/v1/catalog/versions").json()).isEmpty();
        long id = draft.json().get("id").asLong();
        assertThat(admin.get("/api/v1/catalog/drafts/" + id).json().get("diff")).isEqualTo(diff);

        Client.Answer published = admin.post("/api/v1/catalog/drafts/" + id + "/publish", "{}");
        assertThat(published.status()).as(published.text()).isEqualTo(201);
        assertThat(published.json().get("procedures").asInt()).isEqualTo(399);
        long version = published.json().get("version").asLong();
        assertThat(admin.get("/api/v1/catalog/drafts/" + id).json().get("publishedVersion").asLong()).isEqualTo(version);
        Client.Answer again = admin.post("/api/v1/catalog/drafts/" + id + "/publish", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).isEqualTo("draft_published");

        // A kiosk's account receives the retained, signed catalog, and its own check takes it.
        String key = new Client(hub.base()).get("/api/v1/push/key.pem").text();
        PushVerdict v = new PushVerifier(ProvinceKeys.parsePublic(key))
                .verify(RetainedPush.of(hub, "catalog", "xa-thu", "thu-pw"));
        assertThat(v).isInstanceOf(PushVerdict.Verified.class);
        PushVerdict.Verified ok = (PushVerdict.Verified) v;
        assertThat(ok.push().version()).isEqualTo(version);
        Catalog received = new CatalogLoader().parse(ok.content(), "the pushed catalog");
        assertThat(received.procedures()).hasSize(399);
        assertThat(received.procedure(firstId).orElseThrow().portalUrlProvince())
                .isEqualTo("https://dichvucong.thanhhoa.gov.vn/thu-tuc/" + firstId);

        // The sheet in force is now that version's, and imported back it changes nothing.
        Client.Answer sheet = admin.get("/api/v1/catalog/sheet");
        assertThat(sheet.header("content-disposition")).contains("procedures-v" + version + ".csv");
        JsonNode back = admin.post("/api/v1/catalog/drafts", CSV, sheet.raw().body()).json();
        assertThat(back.get("baseVersion").asLong()).isEqualTo(version);
        assertThat(back.at("/diff/counts/unchanged").asInt()).isEqualTo(399);
        assertThat(back.at("/diff/counts/changed").asInt()).isZero();
    }

    @Test
    @Order(3)
    void aDraftMadeBeforeAnotherPublishIsStale() {
        byte[] sheet = admin.get("/api/v1/catalog/sheet").raw().body();
        long older = admin.post("/api/v1/catalog/drafts", CSV, sheet).json().get("id").asLong();
        long newer = admin.post("/api/v1/catalog/drafts", CSV, sheet).json().get("id").asLong();
        assertThat(admin.post("/api/v1/catalog/drafts/" + newer + "/publish", "{}").status()).isEqualTo(201);
        Client.Answer stale = admin.post("/api/v1/catalog/drafts/" + older + "/publish", "{}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asText()).isEqualTo("draft_stale");
        assertThat(stale.json().get("message").asText()).contains("nhập lại");
        assertThat(admin.post("/api/v1/catalog/drafts/99999/publish", "{}").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/catalog/drafts/x").status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void eachBadSheetIsRefusedWithItsRowColumnAndReasonInBothLanguages() {
        int versions = admin.get("/api/v1/catalog/versions").json().size();
        String header = "id,field_code,name_vi,short_vi,level,online,portal_url\n";
        String row = "P-1,ho_tich,Đăng ký khai sinh,Khai sinh,commune,full,https://dichvucong.gov.vn/p/1\n";
        assertRefused("id,field,name_vi\n" + row, "unknown_column", 1, "field");
        assertRefused(header + row.replace("Khai sinh,", "\"Khai sinh,"), "unclosed_quote", 2, "short_vi");
        assertRefused(header + row + row, "duplicate_id", 3, "id");
        assertRefused(header + row.replace("ho_tich", "khong_co_linh_vuc"), "unknown_field", 2, "field_code");
        assertRefused(header + row.replace("https://dichvucong.gov.vn/p/1", "dichvucong.gov.vn"), "bad_link", 2,
                "portal_url");
        assertRefused(header + row.replace(",Khai sinh,", ",Đăng ký khai sinh…,"), "text_cut", 2, "short_vi");
        Client.Answer cp = admin.post("/api/v1/catalog/drafts", CSV,
                (header + row).getBytes(Charset.forName("windows-1258")));
        assertThat(cp.status()).isEqualTo(422);
        JsonNode p = cp.json().at("/problems/0");
        assertThat(p.get("code").asText()).isEqualTo("not_utf8");
        assertThat(p.get("vi").asText()).startsWith("Dòng 2, cột name_vi: ").contains("hãy lưu lại dạng \"CSV UTF-8\"");
        assertThat(p.get("en").asText()).startsWith("Row 2, column name_vi: ").contains("save it again as \"CSV UTF-8\"");
        Client.Answer big = admin.post("/api/v1/catalog/drafts", CSV, new byte[10 * 1024 * 1024]);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.json().get("error").asText()).isEqualTo("sheet_too_large");
        assertThat(big.json().at("/problems/0/vi").asText()).startsWith("Cả tệp: Tệp lớn hơn 8 MB");
        assertThat(admin.get("/api/v1/catalog/versions").json().size()).isEqualTo(versions);
    }

    @Test
    @Order(5)
    void onlyAProvinceAdminImportsAndPublishes() {
        admin.post("/api/v1/accounts", "{\"username\":\"lanh-dao\",\"password\":\"lanh-dao-first-1\",\"roles\":"
                + "[\"LEADER\",\"TECHNICIAN\"]}");
        Client leader = new Client(hub.base());
        leader.signIn("lanh-dao", "lanh-dao-first-1");
        leader.post("/api/v1/auth/password", "{\"currentPassword\":\"lanh-dao-first-1\",\"newPassword\":\"lanh-dao-own-1\"}");
        byte[] sheet = admin.get("/api/v1/catalog/sheet").raw().body();
        assertThat(leader.post("/api/v1/catalog/drafts", CSV, sheet).status()).isEqualTo(403);
        assertThat(leader.get("/api/v1/catalog/sheet").status()).isEqualTo(403);
        assertThat(leader.post("/api/v1/catalog/drafts/1/publish", "{}").status()).isEqualTo(403);
        assertThat(new Client(hub.base()).post("/api/v1/catalog/drafts", CSV, sheet).status()).isEqualTo(401);
    }

    private static void assertRefused(String sheet, String code, int row, String column) {
        Client.Answer a = admin.post("/api/v1/catalog/drafts", CSV, sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.text()).isEqualTo(422);
        assertThat(a.json().get("error").asText()).isEqualTo("invalid_sheet");
        JsonNode p = a.json().get("problems");
        boolean found = false;
        for (JsonNode x : p) {
            if (x.get("code").asText().equals(code)) {
                found = true;
                assertThat(x.get("row").asInt()).as(code).isEqualTo(row);
                assertThat(x.get("column").asText()).as(code).isEqualTo(column);
                assertThat(x.get("vi").asText()).as(code).startsWith("Dòng " + row + ", cột " + column + ": ");
                assertThat(x.get("en").asText()).as(code).startsWith("Row " + row + ", column " + column + ": ");
                assertThat(x.get("vi").asText()).as(code).doesNotContain("sheet.problem");
            }
        }
        assertThat(found).as(code + " in " + p).isTrue();
    }

    /**
     * A province's catalog: the shipped procedures and numbered copies up to the size, each copy its own id,
     * short name (within 40 characters) and national code (starting with 9, which no portal code uses).
     */
    private static ObjectNode province(int size) {
        ObjectNode c = shipped.deepCopy();
        ArrayNode all = (ArrayNode) c.get("procedures");
        int originals = all.size();
        for (int n = originals; n < size; n++) {
            ObjectNode p = all.get(n % originals).deepCopy();
            String tag = " " + (n + 1);
            p.put("id", "TINH-" + (n + 1));
            p.put("name_vi", p.get("name_vi").asText() + " (mục" + tag + ")");
            String s = p.get("short_vi").asText();
            p.put("short_vi", s.substring(0, Math.min(s.length(), 40 - tag.length())).strip() + tag);
            if (p.hasNonNull("national_code")) {
                p.put("national_code", String.format("9.%06d", n));
            }
            all.add(p);
        }
        return c;
    }
}
