// Reads and writes the completion_notes table: dossier codes (unique) and the reason chips of "could not file".
package vn.kiosk.app.online;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.StoreException;

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
        return db.writer().write(c -> {
            // ON CONFLICT DO NOTHING: a thrown constraint error would roll back the writer's whole batch.
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO completion_notes (ticket_id, day, at, "
                    + "dossier_code, reasons) VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, n.ticketId());
                ps.setString(2, n.day().toString());
                ps.setLong(3, n.at().toEpochMilli());
                ps.setString(4, n.dossierCode() == null ? null : n.dossierCode().value());
                ps.setString(5, String.join(",", n.reasons().stream().map(Enum::name).toList()));
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The ticket a dossier code was given to. */
    public Optional<String> ticketOf(DossierCode code) {
        try (Connection c = db.reader();
             PreparedStatement ps = c.prepareStatement("SELECT ticket_id FROM completion_notes WHERE dossier_code = ?")) {
            ps.setString(1, code.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look a dossier code up", e);
        }
    }

    /** Every reason chip noted on one day, once per ticket, read on the caller's connection. */
    public static List<NotFiledReason> reasonsOfDay(Connection c, LocalDate day) throws SQLException {
        List<NotFiledReason> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT reasons FROM completion_notes WHERE day = ? "
                + "AND reasons <> ''")) {
            ps.setString(1, day.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Arrays.stream(rs.getString(1).split(",")).map(NotFiledReason::valueOf).forEach(out::add);
                }
            }
        }
        return out;
    }

    /** The rated dossiers of one day's tickets, in the order of their dossier codes. */
    public List<RatedDossier> ratedOn(LocalDate day) {
        try (Connection c = db.reader();
             PreparedStatement ps = c.prepareStatement("SELECT n.dossier_code, f.rating, f.procedure_id, f.at "
                     + "FROM completion_notes n JOIN feedback f ON f.ticket_id = n.ticket_id "
                     + "WHERE n.day = ? AND n.dossier_code IS NOT NULL ORDER BY n.dossier_code")) {
            ps.setString(1, day.toString());
            List<RatedDossier> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RatedDossier(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the rated dossiers of " + day, e);
        }
    }
}
