// What a request may change on a kiosk, read straight from its database and configuration folder, to compare.
package vn.kiosk.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every table's rows and every configuration file as a digest each. Left out on purpose: the audit log and the
 * sign-in failures, which a refused request is meant to add to, and when a machine token was last used.
 */
public final class KioskState implements AutoCloseable {

    private static final List<String> NOT_STATE = List.of("audit", "sign_in_failures", "sqlite_sequence");

    private final Connection db;
    private final Path configDir;

    /** Reads the kiosk of this data and configuration folder through one read-only connection, kept open. */
    public KioskState(Path dataDir, Path configDir) throws SQLException {
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        this.db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("kiosk.db").toAbsolutePath(),
                readOnly.toProperties());
        this.configDir = configDir;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }

    /** Table or file name to a digest of its content; a file by its size and time of change, which any write moves. */
    public Map<String, String> snapshot() {
        Map<String, String> out = new TreeMap<>();
        try (Statement st = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                if (NOT_STATE.contains(t)) {
                    continue;
                }
                String select = t.equals("api_tokens")
                        ? "SELECT id, name, token_hash, roles, created_at, created_by, revoked_at FROM api_tokens"
                        : "SELECT * FROM " + t;
                MessageDigest d = sha256();
                int rows = 0;
                try (ResultSet rs = st.executeQuery(select + " ORDER BY 1")) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= cols; i++) {
                            d.update(String.valueOf(rs.getObject(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            d.update((byte) 0);
                        }
                    }
                }
                out.put("table " + t, rows + " rows " + HexFormat.of().formatHex(d.digest(), 0, 8));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the kiosk's database", e);
        }
        try (Stream<Path> files = Files.walk(configDir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.put("file " + configDir.relativize(f), Files.size(f) + " bytes, changed "
                        + Files.getLastModifiedTime(f).toInstant());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The entries that differ between two states, for a failure message. */
    public static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> out = new ArrayList<>();
        before.forEach((k, v) -> {
            if (!v.equals(after.get(k))) {
                out.add(k + ": " + v + " -> " + after.get(k));
            }
        });
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(k -> out.add(k + ": new"));
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
