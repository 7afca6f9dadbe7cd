// A commune's own count and newest seq of its events, read straight from its SQLite file.
package vn.kiosk.provincedrill;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

final class LocalCount {

    private LocalCount() {
    }

    /** {count, max seq} */
    static long[] of(Path database) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + database.toAbsolutePath() + "?mode=ro");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM events")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }
}
