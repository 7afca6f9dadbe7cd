// What an officer noted when completing a ticket: the dossier code the one-stop software gave, the reason chips.
package vn.kiosk.app.online;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** @param dossierCode null when the officer entered none (it is never required) */
public record CompletionNote(String ticketId, LocalDate day, Instant at, DossierCode dossierCode,
                             List<NotFiledReason> reasons) {

    public CompletionNote {
        reasons = List.copyOf(reasons);
    }
}
