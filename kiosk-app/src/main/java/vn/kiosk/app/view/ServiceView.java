// A queue service as the kiosk and displays see it now: waiting count, estimated wait, open or not.
package vn.kiosk.app.view;

public record ServiceView(String id, String prefix, String name, String nameEn, int waiting, int waitingPriority,
                          int estimatedWaitMinutes, int openCounters, boolean open,
                          String nextOpening) {
}
