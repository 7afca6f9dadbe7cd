// Brings a database file from any earlier schema version, or from empty, to the current one.
package vn.kiosk.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

final class Migrations {

    /** In order; a released script is never edited, only followed by a new one. */
    static final List<String> SCRIPTS = List.of("V1__queue_and_accounts.sql", "V2__feedback_and_reports.sql",
            "V3__audit_and_tokens.sql", "V4__online_desk.sql", "V5__sign_in_failures.sql");

    private Migrations() {
    }

    static int apply(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at INTEGER NOT NULL)");
        }
        int current = currentVersion(c);
        for (int v = current + 1; v <= SCRIPTS.size(); v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : statements(read(SCRIPTS.get(v - 1)))) {
                    st.execute(sql);
                }
                st.execute("INSERT INTO schema_version (version, applied_at) VALUES (" + v + ", "
                        + System.currentTimeMillis() + ")");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
        return currentVersion(c);
    }

    static int currentVersion(Connection c) throws SQLException {
        return Sql.one(c, "SELECT COALESCE(MAX(version), 0) AS version FROM schema_version",
                r -> r.integer("version")).orElse(0);
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script on semicolons at line ends, dropping comment lines. */
    private static List<String> statements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(clean.toString().split(";\\s*\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
