// The answer to taking a number: the ticket, the wait, where to follow it, and whether it printed.
package vn.kiosk.app.tickets;

import vn.kiosk.app.ticket.PrintStatus;

public record IssueAnswer(String id, String number, String serviceId, String serviceName, String procedureId,
                          boolean priority, String issuedAt, int waitingAhead, int estimatedWaitMinutes,
                          String followToken, String followUrl, PrintStatus print) {
}
