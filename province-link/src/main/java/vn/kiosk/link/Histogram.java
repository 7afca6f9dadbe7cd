// Durations in whole seconds with their counts: exact mean, median, p90 and maximum over any merge of days.
package vn.kiosk.link;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Shared by the kiosk's reports and the province's league table, so both compute the same figures. Kept as sorted parallel arrays; a day holds a few thousand distinct values at most, so merging a
 * month stays cheap and the stored form (pairs of ints) is small.
 */
public final class Histogram {

    private int[] seconds = new int[16];
    private long[] counts = new long[16];
    private int size;
    private long n;
    private long total;

    public void add(long secondsValue) {
        add((int) Math.max(0, Math.min(Integer.MAX_VALUE, secondsValue)), 1);
    }

    public void add(int value, long count) {
        int i = Arrays.binarySearch(seconds, 0, size, value);
        if (i >= 0) {
            counts[i] += count;
        } else {
            int at = -i - 1;
            if (size == seconds.length) {
                seconds = Arrays.copyOf(seconds, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            System.arraycopy(seconds, at, seconds, at + 1, size - at);
            System.arraycopy(counts, at, counts, at + 1, size - at);
            seconds[at] = value;
            counts[at] = count;
            size++;
        }
        n += count;
        total += (long) value * count;
    }

    public void merge(Histogram other) {
        int[] s = new int[size + other.size];
        long[] c = new long[size + other.size];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < size || j < other.size) {
            if (j == other.size || (i < size && seconds[i] < other.seconds[j])) {
                s[k] = seconds[i];
                c[k++] = counts[i++];
            } else if (i == size || other.seconds[j] < seconds[i]) {
                s[k] = other.seconds[j];
                c[k++] = other.counts[j++];
            } else {
                s[k] = seconds[i];
                c[k++] = counts[i++] + other.counts[j++];
            }
        }
        seconds = s;
        counts = c;
        size = k;
        n += other.n;
        total += other.total;
    }

    public long n() {
        return n;
    }

    public long total() {
        return total;
    }

    public int max() {
        return size == 0 ? 0 : seconds[size - 1];
    }

    public double mean() {
        return n == 0 ? 0 : (double) total / n;
    }

    /** Nearest rank: the smallest value that at least {@code q} of all values do not exceed. */
    public int percentile(double q) {
        if (n == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(q * n));
        long seen = 0;
        for (int i = 0; i < size; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return seconds[i];
            }
        }
        return max();
    }

    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(size * 8);
        for (int i = 0; i < size; i++) {
            b.putInt(seconds[i]).putInt((int) counts[i]);
        }
        return b.array();
    }

    public static Histogram fromBytes(byte[] bytes) {
        Histogram h = new Histogram();
        int pairs = bytes.length / 8;
        h.seconds = new int[Math.max(1, pairs)];
        h.counts = new long[Math.max(1, pairs)];
        ByteBuffer b = ByteBuffer.wrap(bytes);
        for (int i = 0; i < pairs; i++) {
            int s = b.getInt();
            int c = b.getInt();
            h.seconds[i] = s;
            h.counts[i] = c;
            h.n += c;
            h.total += (long) s * c;
        }
        h.size = pairs;
        return h;
    }
}
