// What the uplink costs issuing: two fresh communes, uplink on and off, issuing in turn; p50 of each.
package vn.kiosk.provincedrill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.uplink.UplinkSettings;
import vn.kiosk.hub.local.LocalBroker;
import vn.kiosk.link.catalog.Catalog;

record IssueCost(double offP50, double onP50) {

    static IssueCost measure(Path dir, CentreSetup setup, Catalog catalog, DrillClock clock, int tickets,
                             LocalBroker broker) throws Exception {
        String password = "cost-" + System.nanoTime();
        broker.addUser("xa-cost", password);
        Files.createDirectories(dir);
        Path creds = dir.resolve("creds");
        Files.writeString(creds, "xa-cost\n" + password + "\n");
        UplinkSettings on = new UplinkSettings(true, broker.url(), "xa-cost", Optional.of(creds), Optional.empty(), 500,
                Duration.ofSeconds(60), false, Duration.ofSeconds(2), Duration.ofMillis(250), Optional.empty());
        UplinkSettings off = new UplinkSettings(false, broker.url(), "xa-cost-off", Optional.empty(), Optional.empty(),
                500, Duration.ofSeconds(60), false, Duration.ofSeconds(2), Duration.ofMillis(250), Optional.empty());
        try (Commune a = new Commune("xa-cost", dir.resolve("on"), setup, catalog, clock, on, 1);
             Commune b = new Commune("xa-cost-off", dir.resolve("off"), setup, catalog, clock, off, 2)) {
            a.open();
            b.open();
            for (int i = 0; i < 50; i++) {
                a.timedIssue();
                b.timedIssue();
            }
            List<Long> onTimes = new ArrayList<>();
            List<Long> offTimes = new ArrayList<>();
            for (int i = 0; i < tickets; i++) {
                onTimes.add(a.timedIssue());
                offTimes.add(b.timedIssue());
            }
            return new IssueCost(ProvinceDrill.percentile(offTimes, 0.5) / 1e6, ProvinceDrill.percentile(onTimes, 0.5) / 1e6);
        }
    }
}
