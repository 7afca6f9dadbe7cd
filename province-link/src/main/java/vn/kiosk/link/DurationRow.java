// One duration histogram of a closed day's roll-up, so that province medians and percentiles are exact sums.
package vn.kiosk.link;

/** @param histogram pairs of (seconds, count) as the kiosk stores them, big-endian ints */
public record DurationRow(String measure, String dim, String key, long n, long totalS, int maxS, byte[] histogram) {
}
