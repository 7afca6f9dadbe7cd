// The drill's sizes and fault lengths: the full drill of a province, and the short one CI runs.
package vn.kiosk.provincedrill;

import java.time.Duration;

/**
 * @param communes     simulated communes (a third of them behind the relay that is cut)
 * @param issueChance  chance per commune and tick (100 ms) that a citizen takes a number
 * @param clockSpeed   how much faster than real time the service day runs; slow enough that the day, begun at
 *                     07:30, cannot pass midnight on its own before the drill closes it (full: 99 minutes)
 */
record DrillPlan(String name, int communes, double issueChance, double clockSpeed, Duration warmUp, Duration brokerDown,
                 Duration afterBroker, Duration hubDown, Duration afterHubKill, Duration cut, Duration afterCut, Duration printerOut,
                 int offlineSeconds, int benchTickets) {

    static DrillPlan full() {
        return new DrillPlan("full", 166, 0.18, 10, Duration.ofSeconds(60), Duration.ofMinutes(2), Duration.ofSeconds(45),
                Duration.ofSeconds(60), Duration.ofSeconds(45), Duration.ofMinutes(10), Duration.ofSeconds(60),
                Duration.ofSeconds(40), 30, 3000);
    }

    static DrillPlan shortForm() {
        return new DrillPlan("short", 30, 0.15, 20, Duration.ofSeconds(10), Duration.ofSeconds(12), Duration.ofSeconds(5),
                Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ofSeconds(25), Duration.ofSeconds(8),
                Duration.ofSeconds(12), 8, 800);
    }
}
