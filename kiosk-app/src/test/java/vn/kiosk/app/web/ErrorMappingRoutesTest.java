// The error mapping on real routes, in memory through Helidon's DirectClient: bad bodies and unknown paths.
package vn.kiosk.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
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

import vn.kiosk.app.device.SimService;
import vn.kiosk.app.wording.Messages;
import vn.kiosk.devices.printer.SimulatedPrinter;

/** The simulated printer's state route stands for every route that reads a JSON body through JsonBody. */
@RoutingTest
class ErrorMappingRoutesTest {

    private static final String STATE = "/api/v1/sim/printer/state";

    private final DirectClient client;

    ErrorMappingRoutesTest(DirectClient client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        server.mediaContext(MediaContext.builder().addMediaSupport(JacksonSupport.create(JsonMapper.get())).build());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ErrorMapping.register(routing);
        routing.register("/api/v1/sim", new SimService(new SimulatedPrinter(5, Clock.systemUTC()), null));
        routing.any("/api/*", ErrorMapping::notFound);
    }

    @Test
    void malformedJsonIsAFourHundredProblem() throws Exception {
        JsonNode cut = post("{\"paper\": ", 400);
        assertThat(cut.get("error").asText()).isEqualTo("malformed_json");
        assertThat(cut.get("message").asText()).isEqualTo(Messages.get(Messages.VIETNAMESE, "error.malformed_json"));
        assertThat(post("{\"paper\":\"OK\"} trailing", 400).get("error").asText()).isEqualTo("malformed_json");
        assertThat(post("", 400).get("error").asText()).isEqualTo("malformed_json");
        assertThat(post("{\"online\":\"maybe\"}", 400).get("error").asText()).isEqualTo("invalid_field");
    }

    @Test
    void aWellFormedButWrongValueIsABadRequestThatSaysWhat() throws Exception {
        JsonNode answer = post("{\"paper\":\"PLENTY\"}", 400);
        assertThat(answer.get("error").asText()).isEqualTo("bad_request");
        assertThat(answer.get("message").asText())
                .isEqualTo(Messages.get(Messages.VIETNAMESE, "error.bad_printer_state"));
    }

    @Test
    void aGoodBodyStillGoesThrough() throws Exception {
        JsonNode state = post("{\"cover\":\"open\"}", 200);
        assertThat(state.get("coverOpen").asBoolean()).isTrue();
        ClientResponseTyped<String> read = client.get(STATE).request(String.class);
        assertThat(new ObjectMapper().readTree(read.entity()).get("coverOpen").asBoolean()).isTrue();
        post("{\"cover\":\"closed\"}", 200);
    }

    @Test
    void anUnknownRouteIsAFourOhFourProblemInTheCallersLanguage() throws Exception {
        ClientResponseTyped<String> vi = client.get("/api/v1/nothing-here").request(String.class);
        assertThat(vi.status().code()).isEqualTo(404);
        assertThat(vi.headers().contentType().orElseThrow().text()).startsWith("application/json");
        JsonNode body = new ObjectMapper().readTree(vi.entity());
        assertThat(body.get("error").asText()).isEqualTo("not_found");
        assertThat(body.get("message").asText()).isEqualTo(Messages.get(Messages.VIETNAMESE, "error.route_not_found"));
        ClientResponseTyped<String> en = client.get("/api/v1/nothing-here").queryParam("lang", "en")
                .request(String.class);
        assertThat(new ObjectMapper().readTree(en.entity()).get("message").asText())
                .isEqualTo(Messages.get(Locale.ENGLISH, "error.route_not_found"));
    }

    private JsonNode post(String body, int status) throws Exception {
        ClientResponseTyped<String> res = client.post(STATE)
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body, String.class);
        assertThat(res.status().code()).isEqualTo(status);
        return new ObjectMapper().readTree(res.entity());
    }
}
