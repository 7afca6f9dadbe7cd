// The answer to taking a number: the ticket, the wait, where to follow it, and whether it printed.
package vn.kiosk.app.issuing;

import java.util.List;

import vn.kiosk.app.printing.PrintStatus;

/** @param counters the counters that call this ticket's service, so the citizen knows where to look */
public record IssueAnswer(String id, String number, String serviceId, String serviceName, String serviceNameEn,
                          List<CounterRef> counters, String procedureId, boolean priority, String issuedAt,
                          int waitingAhead, int estimatedWaitMinutes, String followToken, String followUrl,
                          PrintStatus print) {

    public IssueAnswer {
        counters = List.copyOf(counters);
    }

    /** A counter by its number and names. */
    public record CounterRef(int id, String name, String nameEn) {
    }
}
