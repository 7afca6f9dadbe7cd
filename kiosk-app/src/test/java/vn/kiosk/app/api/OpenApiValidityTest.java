// The served OpenAPI document is valid as swagger-parser reads it, and the validator that checks every API test's
// answers catches an answer outside it.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.swagger.v3.parser.core.models.SwaggerParseResult;

import vn.kiosk.app.support.ApiSpec;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
class OpenApiValidityTest {

    @Test
    void theServedDocumentIsValid(TestServer s) {
        TestServer.Answer a = s.get("/api/v1/openapi.yaml");
        assertThat(a.body()).isEqualTo(ApiSpec.text());
        SwaggerParseResult r = ApiSpec.parse(a.body());
        assertThat(r.getMessages()).isEmpty();
        assertThat(r.getOpenAPI().getPaths()).containsKey("/api/v1/counters/{counterId}/seat");
        assertThat(r.getOpenAPI().getPaths().get("/api/v1/counters/{counterId}/seat").getPost().getResponses()
                .get("204").getDescription()).isEqualTo("Seated until the session ends, or another officer sits");
    }

    @Test
    void theValidatorRefusesWhatTheSpecDoesNotAllow() {
        URI counter = URI.create("http://localhost/api/v1/counters/1");
        assertThat(ApiSpec.problems("GET", counter, 200, "application/json",
                "{\"counter\":{\"id\":\"one\"},\"current\":null,\"waiting\":[]}")).isNotEmpty();
        assertThat(ApiSpec.problems("GET", URI.create("http://localhost/api/v1/services"), 200, "application/json",
                "{\"services\":7}")).isNotEmpty();
        assertThat(ApiSpec.problems("GET", URI.create("http://localhost/api/v1/services"), 418, "application/json",
                "{}")).isNotEmpty();
    }

    @Test
    void anIdleCounterAnswersWithinTheSpec(TestServer s) {
        TestServer.Answer a = s.signIn().get("/api/v1/counters/2");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("current").isNull()).isTrue();
        assertThat(ApiSpec.problems("GET", s.uri("/api/v1/counters/2"), a.status(), "application/json", a.body()))
                .isEmpty();
    }
}
