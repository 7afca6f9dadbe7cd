// Drafts made from the province's sheet: stored with their diff against the version in force, published on demand.
package vn.kiosk.hub.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.kiosk.hub.push.CatalogPublisher;
import vn.kiosk.hub.push.CatalogVersion;
import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.hub.store.Sql;
import vn.kiosk.hub.web.ApiError;

/**
 * A draft is never published by its import: only {@link #publish} sends it, through the hub's signed publish.
 * Its diff was made against one version; when another was published since, the diff no longer says what the
 * kiosks will see change, so the draft is refused as stale and the sheet is imported again. Before the province
 * publishes anything the kiosks run the catalog they were installed with, which the hub carries for that diff.
 */
public final class CatalogDrafts {

    /** The kiosks' shipped catalog (config/catalog/procedures.json), copied into the hub's jar by its build. */
    static final String SHIPPED = "shipped-catalog/procedures.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A draft as the API shows it; diff is {@link CatalogDiff}'s JSON. */
    public record Draft(long id, String createdAt, String createdBy, Long baseVersion, int procedures, JsonNode diff,
                        Long publishedVersion) {
    }

    /** The catalog the kiosks run now: the newest published version, or (version null) the shipped one. */
    record InForce(Long version, byte[] content) {
    }

    private final HubDatabase db;
    private final CatalogPublisher publisher;
    private final Clock clock;
    private final ZoneId zone;

    public CatalogDrafts(HubDatabase db, CatalogPublisher publisher, Clock clock, ZoneId zone) {
        this.db = db;
        this.publisher = publisher;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * @throws SheetRefused when the sheet, or the catalog it makes, is refused: nothing is stored
     */
    public Draft importSheet(byte[] sheet, String by) {
        InForce base = inForce();
        JsonNode baseCatalog = tree(base.content());
        Instant now = clock.instant();
        byte[] catalog = CatalogSheet.read(sheet, baseCatalog, now.atZone(zone).toLocalDate().toString());
        CatalogDiff diff = CatalogDiff.of(baseCatalog, tree(catalog));
        String diffJson;
        try {
            diffJson = JSON.writeValueAsString(diff);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a diff of texts always writes", e);
        }
        long id = Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO catalog_drafts (created_at, created_by, "
                    + "base_version, procedures, content, diff) VALUES (?,?,?,?,?,?) RETURNING id")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setString(2, by);
                ps.setObject(3, base.version());
                ps.setInt(4, diff.counts().procedures());
                ps.setBytes(5, catalog);
                ps.setString(6, diffJson);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return find(id).orElseThrow();
    }

    public Optional<Draft> find(long id) {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, created_at, created_by, base_version, "
                    + "procedures, diff, published_version FROM catalog_drafts WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Draft(rs.getLong(1), rs.getTimestamp(2).toInstant().toString(),
                            rs.getString(3), (Long) rs.getObject(4, Long.class), rs.getInt(5),
                            JSON.readTree(rs.getString(6)), rs.getObject(7, Long.class)));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("draft " + id + " holds a diff the hub wrote", e);
                }
            }
        });
    }

    /**
     * Publishes the draft through the signed publish; a draft is published once.
     *
     * @throws ApiError 404 for no such draft, 409 when it is published or being published, or stale
     */
    public CatalogVersion publish(long id, String by) {
        byte[] content = claim(id, by);
        CatalogVersion v;
        try {
            v = publisher.publish(content, by);
        } catch (RuntimeException e) {
            release(id);
            throw e;
        }
        Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE catalog_drafts SET published_version = ? WHERE id = ?")) {
                ps.setLong(1, v.version());
                ps.setLong(2, id);
                return ps.executeUpdate();
            }
        });
        return v;
    }

    /** The catalog in force as the JSON the kiosks have. */
    InForce inForce() {
        return Sql.run(db, c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT version, content FROM catalog_versions ORDER BY version DESC LIMIT 1")) {
                return rs.next() ? new InForce(rs.getLong(1), rs.getBytes(2)) : new InForce(null, shipped());
            }
        });
    }

    /** Takes the draft for this publish, so that a second click or a second admin cannot send it again. */
    private byte[] claim(long id, String by) {
        return Sql.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE catalog_drafts SET publishing_by = ? WHERE id = ? "
                    + "AND publishing_by IS NULL AND published_version IS NULL RETURNING base_version, content")) {
                ps.setString(1, by);
                ps.setLong(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw exists(c, id) ? new ApiError(409, "draft_published", "error.draft_published")
                                : ApiError.notFound();
                    }
                    Long base = rs.getObject(1, Long.class);
                    if (!java.util.Objects.equals(base, newest(c))) {
                        throw new ApiError(409, "draft_stale", "error.draft_stale");
                    }
                    return rs.getBytes(2);
                }
            }
        });
    }

    private void release(long id) {
        Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE catalog_drafts SET publishing_by = NULL WHERE id = ? AND published_version IS NULL")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM catalog_drafts WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Long newest(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(version) FROM catalog_versions")) {
            rs.next();
            return rs.getObject(1, Long.class);
        }
    }

    private static byte[] shipped() {
        try (InputStream in = CatalogDrafts.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the hub's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("the hub's own catalog JSON does not read", e);
        }
    }
}
