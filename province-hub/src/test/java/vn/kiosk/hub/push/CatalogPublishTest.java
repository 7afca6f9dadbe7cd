// Publishing a province catalog against the real PostgreSQL and Mosquitto: checked, versioned, signed, retained.
package vn.kiosk.hub.push;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.kiosk.hub.support.Client;
import vn.kiosk.hub.support.RetainedPush;
import vn.kiosk.hub.support.TestHub;
import vn.kiosk.link.push.ProvinceKeys;
import vn.kiosk.link.push.PushVerdict;
import vn.kiosk.link.push.PushVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogPublishTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestHub hub;
    private static Client admin;
    private static String catalog;

    @BeforeAll
    static void start() throws Exception {
        hub = TestHub.start(Map.of());
        admin = new Client(hub.base()).admin("admin-chosen-1");
        hub.broker().addUser("xa-thu", "thu-pw");
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("config/catalog/procedures.json"))) {
            root = root.getParent();
        }
        catalog = Files.readString(root.resolve("config/catalog/procedures.json"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    @Test
    void aPublishedCatalogIsTheRetainedSignedMessageAKioskReadsWithTheProvinceKey() throws Exception {
        Client.Answer first = admin.post("/api/v1/catalog/versions", catalog);
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        long version = first.json().get("version").asLong();
        assertThat(first.json().get("procedures").asInt()).isEqualTo(67);
        assertThat(first.json().get("publishedBy").asText()).isEqualTo("admin");
        // Compressed: the signed message is a fraction of the catalog file.
        assertThat(first.json().get("messageBytes").asInt()).isLessThan(first.json().get("contentBytes").asInt() / 3);
        Client.Answer second = admin.post("/api/v1/catalog/versions", catalog);
        assertThat(second.json().get("version").asLong()).isEqualTo(version + 1);

        // The key as a technician downloads it for the kiosks, and the same file in the hub's data folder.
        Client.Answer key = new Client(hub.base()).get("/api/v1/push/key.pem");
        assertThat(key.status()).isEqualTo(200);
        assertThat(key.text()).isEqualTo(Files.readString(hub.dataDir().resolve(SigningKey.PUBLIC_FILE)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(hub.dataDir().resolve(
                SigningKey.PRIVATE_FILE)))).isEqualTo("rw-------");

        // A centre that subscribes only now gets the newest version, retained, through the shipped ACL.
        PushVerdict v = new PushVerifier(ProvinceKeys.parsePublic(key.text())).verify(RetainedPush.of(hub, "catalog", "xa-thu", "thu-pw"));
        assertThat(v).isInstanceOf(PushVerdict.Verified.class);
        PushVerdict.Verified ok = (PushVerdict.Verified) v;
        assertThat(ok.push().version()).isEqualTo(version + 1);
        assertThat(new String(ok.content(), StandardCharsets.UTF_8)).isEqualTo(catalog);

        JsonNode list = admin.get("/api/v1/catalog/versions").json();
        assertThat(list.get(0).get("version").asLong()).isEqualTo(version + 1);
        assertThat(list.get(1).get("version").asLong()).isEqualTo(version);
        assertThat(list.get(0).get("sha256").asText()).hasSize(64);
    }

    @Test
    void aCatalogTheKiosksCheckRefusesIsNeitherStoredNorSent() throws Exception {
        int before = admin.get("/api/v1/catalog/versions").json().size();
        ObjectNode broken = (ObjectNode) JSON.readTree(catalog);
        ((ObjectNode) broken.get("procedures").get(0)).put("portal_url", "http://dichvucong.gov.vn");
        ((ObjectNode) broken.get("procedures").get(1)).put("short_vi", "Đăng ký khai sinh cho trẻ…");
        Client.Answer a = admin.post("/api/v1/catalog/versions", JSON.writeValueAsString(broken));
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.json().get("error").asText()).isEqualTo("invalid_catalog");
        assertThat(a.json().get("problems").toString()).contains("portal_url must be an https link")
                .contains("is cut off");
        assertThat(admin.post("/api/v1/catalog/versions", "{not json").status()).isEqualTo(422);
        assertThat(admin.get("/api/v1/catalog/versions").json().size()).isEqualTo(before);
    }

    @Test
    void onlyAProvinceAdminPublishes() {
        Client.Answer made = admin.post("/api/v1/accounts", "{\"username\":\"ky-thuat\",\"password\":"
                + "\"ky-thuat-first-1\",\"roles\":[\"TECHNICIAN\"]}");
        assertThat(made.status()).isEqualTo(201);
        Client tech = new Client(hub.base());
        tech.signIn("ky-thuat", "ky-thuat-first-1");
        tech.post("/api/v1/auth/password", "{\"currentPassword\":\"ky-thuat-first-1\",\"newPassword\":\"ky-thuat-own-1\"}");
        assertThat(tech.post("/api/v1/catalog/versions", catalog).status()).isEqualTo(403);
        assertThat(tech.get("/api/v1/catalog/versions").status()).isEqualTo(200);
        assertThat(new Client(hub.base()).post("/api/v1/catalog/versions", catalog).status()).isEqualTo(401);
    }

    @Test
    void withTheBrokerAwayNothingIsStoredAndTheAdminIsTold() throws Exception {
        int before = admin.get("/api/v1/catalog/versions").json().size();
        hub.broker().stopProcess();
        try {
            Client.Answer a = admin.post("/api/v1/catalog/versions", catalog);
            assertThat(a.status()).isEqualTo(503);
            assertThat(a.json().get("error").asText()).isEqualTo("broker_unavailable");
        } finally {
            hub.broker().startProcess();
        }
        assertThat(admin.get("/api/v1/catalog/versions").json().size()).isEqualTo(before);
    }
}
