// The readiness answers as counts per day, procedure and answer: nothing that could tell one citizen from another.
package vn.kiosk.app.online;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.StoreException;

public final class ReadinessStore {

    /** How often one answer was given for one procedure over a period. */
    public record Count(String procedureId, ReadinessAnswer answer, long n) {
    }

    private final Database db;

    public ReadinessStore(Database db) {
        this.db = db;
    }

    public void add(LocalDate day, String procedureId, ReadinessAnswer answer) {
        db.writer().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO readiness_counts (day, procedure_id, answer, n) "
                    + "VALUES (?,?,?,1) ON CONFLICT (day, procedure_id, answer) DO UPDATE SET n = n + 1")) {
                ps.setString(1, day.toString());
                ps.setString(2, procedureId);
                ps.setString(3, answer.name());
                return ps.executeUpdate();
            }
        });
    }

    /** The counts of the days from..to, summed per procedure and answer. */
    public List<Count> between(LocalDate from, LocalDate to) {
        try (Connection c = db.reader();
             PreparedStatement ps = c.prepareStatement("SELECT procedure_id, answer, SUM(n) FROM readiness_counts "
                     + "WHERE day BETWEEN ? AND ? GROUP BY procedure_id, answer ORDER BY procedure_id, answer")) {
            ps.setString(1, from.toString());
            ps.setString(2, to.toString());
            List<Count> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Count(rs.getString(1), ReadinessAnswer.valueOf(rs.getString(2)), rs.getLong(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the readiness answers", e);
        }
    }
}
