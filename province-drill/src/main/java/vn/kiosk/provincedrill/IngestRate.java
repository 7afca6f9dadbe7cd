// The hub's ingest rate from the stored-event count sampled over time: the whole drain, and its best 3-second window.
package vn.kiosk.provincedrill;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

final class IngestRate {

    private record Sample(long nanos, long stored) {
    }

    private final List<Sample> samples = new ArrayList<>();

    void sample(long stored) {
        samples.add(new Sample(System.nanoTime(), stored));
    }

    /** From the first sample that saw new rows to the last one: the hub's pace while it had a backlog. */
    long drain() {
        int first = -1;
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).stored() > samples.get(i - 1).stored()) {
                first = i - 1;
                break;
            }
        }
        if (first < 0) {
            return 0;
        }
        Sample a = samples.get(first);
        Sample b = samples.getLast();
        double s = (b.nanos() - a.nanos()) / 1e9;
        return s <= 0 ? 0 : (long) ((b.stored() - a.stored()) / s);
    }

    /** The best rate over any 3 s of samples; empty when the whole drain took less than that. */
    OptionalLong best3s() {
        OptionalLong best = OptionalLong.empty();
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
            long r = (long) ((b.stored() - a.stored()) / ((b.nanos() - a.nanos()) / 1e9));
            best = OptionalLong.of(Math.max(best.orElse(0), r));
        }
        return best;
    }
}
