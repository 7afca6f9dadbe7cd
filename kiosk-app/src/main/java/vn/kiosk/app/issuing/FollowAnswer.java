// A ticket's state for the follow-on-your-phone page: position and wait, or the counter that called it.
package vn.kiosk.app.issuing;

import vn.kiosk.app.printing.PrintStatus;

/** {@code print} is the ticket's last print status today, or null when no paper was printed for it. */
public record FollowAnswer(String number, String serviceId, String serviceName, String state, boolean priority,
                           String issuedAt, int waitingAhead, int estimatedWaitMinutes, Integer counterId,
                           String counterName, String calledAt, PrintStatus print) {
}
