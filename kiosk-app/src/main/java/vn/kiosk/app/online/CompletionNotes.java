// Reads and writes the completion_notes table: dossier codes (unique) and the reason chips of "could not file".
package vn.kiosk.app.online;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.Sql;

public final class CompletionNotes {

    /** One rated dossier of a day, as the province's one-stop software imports it. */
    public record RatedDossier(String dossierCode, String rating, String procedureId, long ratedAt) {
    }

    private final Database db;

    public CompletionNotes(Database db) {
        this.db = db;
    }

    /** Stores the note unless its ticket or its dossier code has one already; true when it was stored. */
    public boolean insert(CompletionNote n) {
        // ON CONFLICT DO NOTHING: a thrown constraint error would roll back the writer's whole batch.
        return db.writer().write(c -> Sql.update(c, "INSERT INTO completion_notes (ticket_id, day, at, dossier_code, "
                + "reasons) VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING", n.ticketId(), n.day(), n.at(),
                n.dossierCode() == null ? null : n.dossierCode().value(),
                String.join(",", n.reasons().stream().map(Enum::name).toList())) == 1);
    }

    /** The ticket a dossier code was given to. */
    public Optional<String> ticketOf(DossierCode code) {
        return db.read("look a dossier code up", c -> Sql.one(c, "SELECT ticket_id FROM completion_notes "
                + "WHERE dossier_code = ?", r -> r.text("ticket_id"), code.value()));
    }

    /** Every reason chip noted on one day, once per ticket, read on the caller's connection. */
    public static List<NotFiledReason> reasonsOfDay(Connection c, LocalDate day) throws SQLException {
        List<NotFiledReason> out = new ArrayList<>();
        for (String csv : Sql.list(c, "SELECT reasons FROM completion_notes WHERE day = ? AND reasons <> ''",
                r -> r.text("reasons"), day)) {
            Arrays.stream(csv.split(",")).map(NotFiledReason::valueOf).forEach(out::add);
        }
        return out;
    }

    /** The rated dossiers of one day's tickets, in the order of their dossier codes. */
    public List<RatedDossier> ratedOn(LocalDate day) {
        return db.read("read the rated dossiers of " + day, c -> Sql.list(c, "SELECT n.dossier_code, f.rating, "
                + "f.procedure_id, f.at FROM completion_notes n JOIN feedback f ON f.ticket_id = n.ticket_id "
                + "WHERE n.day = ? AND n.dossier_code IS NOT NULL ORDER BY n.dossier_code",
                r -> new RatedDossier(r.text("dossier_code"), r.text("rating"), r.text("procedure_id"),
                        r.number("at")), day));
    }
}
