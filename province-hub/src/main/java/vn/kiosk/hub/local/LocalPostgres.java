// A throw-away PostgreSQL server from Debian's binaries (initdb, pg_ctl) in a folder, on a free loopback port.
package vn.kiosk.hub.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/** For tests, the drill and {@code ./kiosk hub}; a province server runs Debian's packaged cluster instead. */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "province";
    public static final String DATABASE = "province";

    private final Path dir;
    private final int port;
    private final Path log;

    private LocalPostgres(Path dir, int port) {
        this.dir = dir;
        this.port = port;
        this.log = dir.resolve("postgres.log");
    }

    /**
     * Creates the cluster in {@code dir} (if it has none yet) and starts it. PostgreSQL refuses to run as
     * root, so as root the folder is handed to Debian's {@code postgres} user and the binaries run as it.
     */
    public static LocalPostgres start(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (asRoot()) {
            LocalProcess.run(List.of("chown", "-R", "postgres:", dir.toString()), dir.resolveSibling(
                    dir.getFileName() + "-chown.log"));
            // The postgres user must be able to walk down to the folder: add only the search bit where missing.
            for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
                var perms = Files.getPosixFilePermissions(p);
                if (!perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                    perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
                    Files.setPosixFilePermissions(p, perms);
                }
            }
        }
        LocalPostgres pg = new LocalPostgres(dir, LocalProcess.freePort());
        pg.init();
        pg.startServer();
        pg.createDatabase();
        return pg;
    }

    private Path data() {
        return dir.resolve("pgdata");
    }

    private void init() throws IOException {
        if (Files.exists(data().resolve("PG_VERSION"))) {
            return;
        }
        LocalProcess.run(asPostgres(LocalProcess.postgresBin("initdb"), "-D", data().toString(), "-U", USER,
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), log);
    }

    public void startServer() throws IOException {
        LocalProcess.run(asPostgres(LocalProcess.postgresBin("pg_ctl"), "-D", data().toString(), "-l",
                dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 "
                        + "-c max_connections=50 -c shared_buffers=64MB", "start"), log);
        LocalProcess.awaitPort(port, Duration.ofSeconds(30), null, log);
    }

    public void stopServer() throws IOException {
        LocalProcess.run(asPostgres(LocalProcess.postgresBin("pg_ctl"), "-D", data().toString(), "-w", "-m", "fast",
                "stop"), log);
    }

    private void createDatabase() throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, "");
             Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                st.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IOException("cannot create the database: " + e.getMessage(), e);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asPostgres(String... command) {
        List<String> out = new java.util.ArrayList<>();
        if (asRoot()) {
            out.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        out.addAll(List.of(command));
        return out;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            stopServer();
        } catch (IOException e) {
            // left running only if pg_ctl itself failed; its folder is the caller's to remove
        }
    }
}
