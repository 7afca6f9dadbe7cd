// One count of a closed day's roll-up: a metric (issued.service, final.state, ...), its key and the count.
package vn.kiosk.link;

public record CountRow(String metric, String key, long n) {
}
