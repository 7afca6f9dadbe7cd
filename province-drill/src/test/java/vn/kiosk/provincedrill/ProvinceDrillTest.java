// A small province drill in the test suite: six communes through every fault, every check must hold.
package vn.kiosk.provincedrill;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProvinceDrillTest {

    @Test
    void everyCheckHoldsThroughBrokerStopHubKillAndCut() throws Exception {
        Path work = Files.createTempDirectory("province-drill-test");
        try {
            ProvinceDrill.Result r = new ProvinceDrill(DrillPlan.tiny(), work).run();
            System.out.println(ProvinceDrill.table(DrillPlan.tiny(), r));
            assertThat(r.checks()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(r.checks()).allSatisfy(c -> assertThat(c.passed()).as(c.name() + ": " + c.detail()).isTrue());
        } finally {
            Commune.deleteTree(work);
        }
    }
}
