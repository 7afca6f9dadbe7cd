// The kiosk page's weight and its time to interactive in headless Chromium, cold (empty cache) and warm.
package vn.kiosk.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.kiosk.app.support.Browser;

record PageFigures(long coldBytes, long coldRequests, LatencyStats coldReady, LatencyStats warmReady) {

    /**
     * Loads the home page {@code loads} times with the cache disabled and as many times with it on. "Ready" is the
     * page's own mark, set when the start screen is drawn with live data and answers a tap.
     */
    static PageFigures measure(String base, int loads) throws Exception {
        Browser b = Browser.launch();
        try {
            b.size(new Browser.Size(1280, 800));
            b.driver().executeCdpCommand("Network.enable", Map.of());
            b.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            List<Double> cold = new ArrayList<>();
            long bytes = 0;
            long requests = 0;
            for (int i = 0; i < loads; i++) {
                b.openKiosk(base);
                cold.add(ready(b));
                // The stream of live events never ends, so it is not among the finished resources counted here.
                bytes = ((Number) b.js("return performance.getEntriesByType('navigation')[0].transferSize"
                        + " + performance.getEntriesByType('resource').reduce((a, r) => a + r.transferSize, 0)"))
                        .longValue();
                requests = ((Number) b.js("return 1 + performance.getEntriesByType('resource').length")).longValue();
            }
            b.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < loads; i++) {
                b.openKiosk(base);
                warm.add(ready(b));
            }
            return new PageFigures(bytes, requests, LatencyStats.of(cold), LatencyStats.of(warm));
        } finally {
            b.quit();
        }
    }

    private static double ready(Browser b) {
        return ((Number) b.js("return performance.getEntriesByName('kiosk-ready')[0].startTime")).doubleValue();
    }
}
