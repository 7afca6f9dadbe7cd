// The hub's ingest rate from the stored-event count sampled over time: the best sustained 3-second window.
package vn.kiosk.provincedrill;

import java.util.ArrayList;
import java.util.List;

final class IngestRate {

    private record Sample(long nanos, long stored) {
    }

    private final List<Sample> samples = new ArrayList<>();

    void sample(long stored) {
        samples.add(new Sample(System.nanoTime(), stored));
    }

    long best3s() {
        long best = 0;
        int j = 0;
        for (int i = 0; i < samples.size(); i++) {
            while (j < samples.size() && samples.get(j).nanos() - samples.get(i).nanos() < 3_000_000_000L) {
                j++;
            }
            if (j >= samples.size()) {
                break;
            }
            Sample a = samples.get(i);
            Sample b = samples.get(j);
            best = Math.max(best, (long) ((b.stored() - a.stored()) / ((b.nanos() - a.nanos()) / 1e9)));
        }
        return best;
    }
}
