// One stored rating: the ticket, its day, the level and reasons, and the counter, service and procedure only.
package vn.kiosk.app.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record Feedback(String ticketId, LocalDate day, Instant at, Rating rating, List<Reason> reasons,
                       Integer counterId, String serviceId, String procedureId) {

    public Feedback {
        reasons = List.copyOf(reasons);
    }
}
