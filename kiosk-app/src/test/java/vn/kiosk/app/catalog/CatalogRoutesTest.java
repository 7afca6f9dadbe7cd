// The catalog's routes alone, in memory through Helidon's DirectClient: the answers the kiosk page reads.
package vn.kiosk.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import io.helidon.http.HeaderNames;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.webclient.api.ClientResponseTyped;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.web.ErrorMapping;
import vn.kiosk.app.web.JsonMapper;
import vn.kiosk.app.wording.Messages;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;

@RoutingTest
class CatalogRoutesTest {

    private static final Catalog SHIPPED = new CatalogLoader()
            .load(KioskServerExtension.configDir().resolve("catalog/procedures.json"));

    private final DirectClient client;

    CatalogRoutesTest(DirectClient client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        server.mediaContext(MediaContext.builder().addMediaSupport(JacksonSupport.create(JsonMapper.get())).build());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ErrorMapping.register(routing);
        routing.register("/api/v1/catalog", new CatalogService(() -> SHIPPED));
        routing.any("/api/*", ErrorMapping::notFound);
    }

    @Test
    void theWholeCatalogIsOneAnswer() throws Exception {
        JsonNode body = get("/api/v1/catalog", 200);
        assertThat(body.get("procedures")).hasSize(67);
        assertThat(body.get("fields")).hasSize(18);
        assertThat(body.get("version").asInt()).isEqualTo(SHIPPED.version());
    }

    @Test
    void oneProcedureByItsId() throws Exception {
        JsonNode birth = get("/api/v1/catalog/procedures/TH12-15", 200);
        assertThat(birth.get("nameVi").asText()).isEqualTo("Thủ tục đăng ký khai sinh");
    }

    @Test
    void searchFindsWhatCitizensType() throws Exception {
        JsonNode found = search("khai sinh", 200);
        assertThat(found.get("query").asText()).isEqualTo("khai sinh");
        assertThat(found.get("results").findValuesAsText("id")).contains("TH12-15");
    }

    @Test
    void anUnknownProcedureIsANamedNotFoundInTheCallersLanguage() throws Exception {
        JsonNode vi = get("/api/v1/catalog/procedures/NOPE-1", 404);
        assertThat(vi.get("error").asText()).isEqualTo("unknown_procedure");
        assertThat(vi.get("message").asText())
                .isEqualTo(Messages.get(Messages.VIETNAMESE, "error.unknown_procedure", "NOPE-1"));
        ClientResponseTyped<String> en = client.get("/api/v1/catalog/procedures/NOPE-1")
                .header(HeaderNames.ACCEPT_LANGUAGE, "en-GB").request(String.class);
        assertThat(new ObjectMapper().readTree(en.entity()).get("message").asText())
                .isEqualTo(Messages.get(Locale.ENGLISH, "error.unknown_procedure", "NOPE-1"));
    }

    @Test
    void anOverLongSearchIsABadRequest() throws Exception {
        JsonNode answer = search("a".repeat(201), 400);
        assertThat(answer.get("error").asText()).isEqualTo("bad_request");
        assertThat(answer.get("message").asText()).isEqualTo(Messages.get(Messages.VIETNAMESE, "error.query_too_long"));
    }

    private JsonNode search(String q, int status) throws Exception {
        return answer(client.get("/api/v1/catalog/search").queryParam("q", q).request(String.class), status);
    }

    private JsonNode get(String path, int status) throws Exception {
        return answer(client.get(path).request(String.class), status);
    }

    private static JsonNode answer(ClientResponseTyped<String> res, int status) throws Exception {
        assertThat(res.status().code()).isEqualTo(status);
        return new ObjectMapper().readTree(res.entity());
    }
}
