// Checks what an officer adds to a completion (dossier code, reason chips) before the queue changes, then keeps it.
package vn.kiosk.app.online;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import vn.kiosk.app.queue.Outcome;
import vn.kiosk.app.queue.Ticket;
import vn.kiosk.app.web.ApiError;

public final class DeskCompletion {

    /** A checked addition, ready to be kept once the ticket is completed. */
    public record Checked(DossierCode dossierCode, List<NotFiledReason> reasons) {

        boolean isEmpty() {
            return dossierCode == null && reasons.isEmpty();
        }
    }

    private final CompletionNotes notes;
    private final Clock clock;

    public DeskCompletion(CompletionNotes notes, Clock clock) {
        this.notes = notes;
        this.clock = clock;
    }

    /**
     * Refuses a malformed or already given dossier code, and reason chips on any outcome but "could not
     * file", so that a bad request changes nothing. The code never goes into the error: errors reach logs.
     */
    public Checked check(Outcome outcome, String rawCode, List<String> rawReasons) {
        DossierCode code = null;
        if (rawCode != null && !rawCode.isBlank()) {
            code = DossierCode.parse(rawCode)
                    .orElseThrow(() -> new ApiError(400, "bad_dossier_code", "error.bad_dossier_code"));
            if (notes.ticketOf(code).isPresent()) {
                throw new ApiError(409, "dossier_taken", "error.dossier_taken");
            }
        }
        List<NotFiledReason> reasons = new ArrayList<>();
        if (rawReasons != null && !rawReasons.isEmpty()) {
            if (outcome != Outcome.NOT_FILED) {
                throw new ApiError(400, "bad_reason", "error.desk_reasons_only_not_filed");
            }
            for (String r : rawReasons) {
                NotFiledReason reason = NotFiledReason.parse(r)
                        .orElseThrow(() -> new ApiError(400, "bad_reason", "error.desk_bad_reason", String.valueOf(r)));
                if (!reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
        }
        return new Checked(code, reasons);
    }

    /** Keeps the addition for the ticket just completed. */
    public void keep(Ticket completed, Checked checked) {
        if (completed == null || checked.isEmpty()) {
            return;
        }
        notes.insert(new CompletionNote(completed.id(), completed.day(), clock.instant(), checked.dossierCode(),
                checked.reasons()));
    }
}
