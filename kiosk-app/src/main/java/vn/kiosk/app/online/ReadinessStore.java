// The readiness answers as counts per day, procedure and answer: nothing that could tell one citizen from another.
package vn.kiosk.app.online;

import java.time.LocalDate;
import java.util.List;

import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.Sql;

public final class ReadinessStore {

    /** How often one answer was given for one procedure over a period. */
    public record Count(String procedureId, ReadinessAnswer answer, long n) {
    }

    private final Database db;

    public ReadinessStore(Database db) {
        this.db = db;
    }

    public void add(LocalDate day, String procedureId, ReadinessAnswer answer) {
        db.writer().write(c -> Sql.update(c, "INSERT INTO readiness_counts (day, procedure_id, answer, n) "
                + "VALUES (?,?,?,1) ON CONFLICT (day, procedure_id, answer) DO UPDATE SET n = n + 1",
                day, procedureId, answer));
    }

    /** The counts of the days from..to, summed per procedure and answer. */
    public List<Count> between(LocalDate from, LocalDate to) {
        return db.read("read the readiness answers", c -> Sql.list(c, "SELECT procedure_id, answer, SUM(n) AS n "
                + "FROM readiness_counts WHERE day BETWEEN ? AND ? GROUP BY procedure_id, answer "
                + "ORDER BY procedure_id, answer", r -> new Count(r.text("procedure_id"),
                r.named(ReadinessAnswer.class, "answer"), r.number("n")), from, to));
    }
}
