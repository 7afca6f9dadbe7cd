// A queue event after it was committed, with its position in the audit log.
package vn.kiosk.app.queue;

public record SequencedEvent(long seq, QueueEvent event) {
}
