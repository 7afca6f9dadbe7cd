// The 25 full-process online services of Directive 24 offer a number for the assisted-online desk, and only they.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
class FullProcessDeskApiTest {

    /**
     * The directive's list as the shared data gives it (design/reference/vietnam-domain.md §1.4: PLO, Dân trí and
     * CafeF of 1–2 Oct 2025), service number to the catalog record and its portal code (null: none in the portal's
     * catalog). Services 9–11 are birth, death and marriage registration, the records of resolution items 15–17.
     */
    private static final Map<String, String> DIRECTIVE_24 = new LinkedHashMap<>();

    static {
        String[][] list = {
                {"D24-01", "1.012566"}, {"D24-02", "1.014063"}, {"D24-03", "1.004222"}, {"D24-04", "1.004194"},
                {"D24-05", "1.003677"}, {"D24-06", "2.001159"}, {"D24-07", "1.012575"}, {"D24-08", null},
                {"TH12-15", "1.001193"}, {"TH12-16", "1.000656"}, {"TH12-17", "1.000894"}, {"D24-12", "1.001456"},
                {"D24-13", "1.115231"}, {"D24-14", null}, {"D24-15", "2.000986"}, {"D24-16", null},
                {"D24-17", null}, {"D24-18", "1.008498"}, {"D24-19", "1.013833"}, {"D24-20", "3.000347"},
                {"D24-21", "1.005142"}, {"D24-22", "3.000333"}, {"D24-23", "1.014748"}, {"D24-24", "3.000001"},
                {"D24-25", "3.000099"}};
        for (String[] s : list) {
            DIRECTIVE_24.put(s[0], s[1]);
        }
    }

    @Test
    void exactlyTheDirectivesServicesAreFullProcess(TestServer s) {
        assertThat(DIRECTIVE_24).hasSize(25);
        Map<String, String> full = new LinkedHashMap<>();
        for (JsonNode p : s.get("/api/v1/catalog").json().get("procedures")) {
            if (p.get("fullProcessDirective24").asBoolean() || "full".equals(p.get("online").asText())) {
                full.put(p.get("id").asText(), p.get("nationalCode").isNull() ? null : p.get("nationalCode").asText());
            }
        }
        assertThat(full).containsExactlyInAnyOrderEntriesOf(DIRECTIVE_24);
    }

    @Test
    void eachCardOffersANumberForTheAssistedOnlineDeskAndItIssuesOne(TestServer s) {
        for (String id : DIRECTIVE_24.keySet()) {
            JsonNode card = s.get("/api/v1/kiosk/procedures/" + id).json();
            assertThat(card.get("fullProcess").asBoolean()).as(id).isTrue();
            assertThat(card.get("serviceId").asText()).as(id).isEqualTo("online");
            assertThat(card.get("supportServiceId").asText()).as(id).isEqualTo("online");
            JsonNode desk = card.get("supportDesk");
            assertThat(desk.get("serviceName").asText()).isEqualTo("Hỗ trợ nộp trực tuyến");
            assertThat(desk.get("counters").findValuesAsText("name")).containsExactly("Quầy 5");

            // The number the card's button takes: the VNeID question first, then the ticket itself.
            TestServer.Answer route = s.post("/api/v1/readiness", "{\"procedureId\":\"" + id + "\",\"answer\":\"YES\"}");
            assertThat(route.status()).isEqualTo(201);
            assertThat(route.json().get("serviceId").asText()).as(id).isEqualTo("online");
            TestServer.Answer ticket = s.post("/api/v1/tickets",
                    "{\"procedureId\":\"" + id + "\",\"serviceId\":\"" + card.get("supportServiceId").asText()
                            + "\",\"print\":false}");
            assertThat(ticket.status()).isEqualTo(201);
            assertThat(ticket.json().get("number").asText()).as(id).startsWith("F");
            assertThat(ticket.json().get("procedureId").asText()).isEqualTo(id);
            assertThat(ticket.json().get("counters").findValuesAsText("name")).containsExactly("Quầy 5");
            // A ticket asked for by the procedure alone goes to the same desk.
            assertThat(s.post("/api/v1/tickets", "{\"procedureId\":\"" + id + "\",\"print\":false}").json()
                    .get("serviceId").asText()).as(id).isEqualTo("online");
        }
    }

    @Test
    void theGuideOfAFullProcessProcedureSaysWhichNumberToTake(TestServer s) throws Exception {
        TestServer.Staff staff = s.signIn();
        assertThat(guideText(staff, "D24-22")).contains(
                "Cần cán bộ giúp nộp trực tuyến? Lấy số \"Hỗ trợ nộp trực tuyến\" tại máy lấy số, rồi đến Quầy 5.");
        assertThat(guideText(staff, "EXT-2.000815")).doesNotContain("Cần cán bộ giúp nộp trực tuyến");
    }

    private static String guideText(TestServer.Staff staff, String id) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(staff.bytes("/api/v1/guides/" + id + ".pdf"))) {
            return Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aProcedureWithPaperDossiersKeepsItsOwnCounter(TestServer s) {
        JsonNode copy = s.get("/api/v1/kiosk/procedures/EXT-2.000815").json();
        assertThat(copy.get("fullProcess").asBoolean()).isFalse();
        assertThat(copy.get("serviceId").asText()).isEqualTo("certify");
        assertThat(copy.get("supportServiceId").asText()).isEqualTo("online");
        JsonNode land = s.get("/api/v1/kiosk/procedures/TH12-13").json();
        assertThat(land.get("fullProcess").asBoolean()).isFalse();
        assertThat(land.get("serviceId").asText()).isEqualTo("land");
    }
}
