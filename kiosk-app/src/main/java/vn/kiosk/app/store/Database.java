// The SQLite file of the kiosk: WAL mode, migrations on open, one writer and short-lived readers.
package vn.kiosk.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.sqlite.SQLiteConfig;

public final class Database implements AutoCloseable {

    private final Path file;
    private final Connection writerConnection;
    private volatile SingleWriter writer;

    private Database(Path file, Connection writerConnection) {
        this.file = file;
        this.writerConnection = writerConnection;
    }

    /** Opens (or creates) {@code kiosk.db} in the data folder and migrates it to the current schema. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + dataDir, e);
        }
        Path file = dataDir.resolve("kiosk.db");
        try {
            Connection c = connect(file, true);
            Migrations.apply(c);
            return new Database(file, c);
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + file, e);
        }
    }

    /** Starts the single writer; {@code onFailedCommit} restores in-memory state after a rollback. */
    public SingleWriter startWriter(SingleWriter.Recovery onFailedCommit) {
        try {
            writer = new SingleWriter(writerConnection, onFailedCommit);
            return writer;
        } catch (SQLException e) {
            throw new StoreException("cannot start the database writer", e);
        }
    }

    public SingleWriter writer() {
        return writer;
    }

    /** Work done on a reader connection. */
    @FunctionalInterface
    public interface Reading<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work on a new reader connection, closed after; a failure is a StoreException "cannot " + what. */
    public <T> T read(String what, Reading<T> work) {
        try (Connection c = reader()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what, e);
        }
    }

    /** A new read-only connection; WAL lets it read while the writer writes. Close it after use. */
    public Connection reader() throws SQLException {
        return connect(file, false);
    }

    public Path file() {
        return file;
    }

    /** The schema version this build migrates to; a backup from a newer build cannot be restored. */
    public static int currentSchemaVersion() {
        return Migrations.SCRIPTS.size();
    }

    /** Writes a consistent copy of the database to {@code copy}, even while tickets are being issued. */
    public void backupTo(Path copy) {
        try (Connection c = reader(); Statement st = c.createStatement()) {
            // SQLite's online backup copies one consistent state; the writer is not held up.
            st.executeUpdate("backup to \"" + copy.toAbsolutePath() + "\"");
        } catch (SQLException e) {
            throw new StoreException("cannot back up the database", e);
        }
    }

    /** True when the file answers a query; used by readiness. */
    public boolean ping() {
        try (Connection c = reader(); Statement st = c.createStatement()) {
            return st.executeQuery("SELECT 1").next();
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection connect(Path file, boolean writable) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a commit is fsynced before it returns, so an issued number survives a power cut.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5_000);
        config.enforceForeignKeys(true);
        config.setReadOnly(!writable);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
        try {
            writerConnection.close();
        } catch (SQLException e) {
            // closing anyway
        }
    }
}
