// A ticket as the API shows it; it never carries anything about the person holding it.
package vn.kiosk.app.view;

public record TicketView(String id, String number, String serviceId, String procedureId, boolean priority,
                         String state, String channel, String issuedAt, String calledAt, String startedAt,
                         String finishedAt, Integer counterId, String outcome, int recallCount,
                         int transferCount) {
}
