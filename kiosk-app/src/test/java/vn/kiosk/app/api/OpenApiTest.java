// The published OpenAPI document parses and documents every route of the API.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyRouteIsDocumented(TestServer s) {
        TestServer.Answer a = s.get("/api/v1/openapi.yaml");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/yaml");
        Map<String, Object> doc = new Yaml().load(a.body());
        assertThat(doc.get("openapi").toString()).startsWith("3.");
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        Map<String, String> routes = Map.ofEntries(
                Map.entry("/api/v1/catalog", "get"),
                Map.entry("/api/v1/catalog/search", "get"),
                Map.entry("/api/v1/catalog/procedures/{id}", "get"),
                Map.entry("/api/v1/services", "get"),
                Map.entry("/api/v1/tickets", "post get"),
                Map.entry("/api/v1/tickets/follow/{token}", "get"),
                Map.entry("/api/v1/tickets/{id}/reactivate", "post"),
                Map.entry("/api/v1/tickets/{id}/reprint", "post"),
                Map.entry("/api/v1/guides/{procedureId}.pdf", "get"),
                Map.entry("/api/v1/guides/{procedureId}/print", "post"),
                Map.entry("/api/v1/sim/printer/jobs/{id}/png", "get"),
                Map.entry("/api/v1/events", "get"),
                Map.entry("/api/v1/auth/login", "post"),
                Map.entry("/api/v1/auth/logout", "post"),
                Map.entry("/api/v1/auth/me", "get"),
                Map.entry("/api/v1/auth/password", "post"),
                Map.entry("/api/v1/counters", "get"),
                Map.entry("/api/v1/counters/{counterId}", "get"),
                Map.entry("/api/v1/counters/{counterId}/call-next", "post"),
                Map.entry("/api/v1/counters/{counterId}/call", "post"),
                Map.entry("/api/v1/counters/{counterId}/recall", "post"),
                Map.entry("/api/v1/counters/{counterId}/no-show", "post"),
                Map.entry("/api/v1/counters/{counterId}/start", "post"),
                Map.entry("/api/v1/counters/{counterId}/complete", "post"),
                Map.entry("/api/v1/counters/{counterId}/transfer", "post"),
                Map.entry("/api/v1/counters/{counterId}/pause", "post"),
                Map.entry("/api/v1/counters/{counterId}/resume", "post"),
                Map.entry("/api/v1/counters/{counterId}/seat", "post delete"),
                Map.entry("/api/v1/display/settings", "get"),
                Map.entry("/api/v1/display/portal-qr.svg", "get"),
                Map.entry("/api/v1/display/voice/{name}", "get"),
                Map.entry("/api/v1/devices", "get"),
                Map.entry("/api/v1/sim/scan", "post"),
                Map.entry("/api/v1/sim/printer/jobs", "get"),
                Map.entry("/api/v1/sim/printer/jobs/{id}/raw", "get"),
                Map.entry("/api/v1/sim/printer/state", "get post"),
                Map.entry("/api/v1/feedback", "post"),
                Map.entry("/api/v1/feedback/{token}", "get"),
                Map.entry("/api/v1/feedback/counter/{counterId}", "get"),
                Map.entry("/api/v1/feedback/scanned/{number}", "get"),
                Map.entry("/api/v1/reports/daily", "get"),
                Map.entry("/api/v1/reports/daily.csv", "get"),
                Map.entry("/api/v1/reports/daily.pdf", "get"),
                Map.entry("/api/v1/reports/range", "get"),
                Map.entry("/api/v1/reports/range.csv", "get"),
                Map.entry("/api/v1/reports/range.pdf", "get"),
                Map.entry("/api/v1/sim/scanner/state", "post"));
        routes.forEach((path, methods) -> {
            assertThat(paths).as(path).containsKey(path);
            for (String m : methods.split(" ")) {
                assertThat(paths.get(path)).as(m + " " + path).containsKey(m);
            }
        });
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        assertThat(schemas).containsKeys("Error", "Ticket", "IssuedTicket", "Service", "Counter", "Procedure",
                "PrintStatus", "Report", "RatingOffer");
    }
}
