// The part of a service that changes with each event: its counts and wait; names come with the snapshot.
package vn.kiosk.app.view;

public record ServiceCount(String id, int waiting, int waitingPriority, int estimatedWaitMinutes, int openCounters) {
}
