// Publishes a province catalog: checked as a kiosk checks it, stored with the next version, signed, then sent.
package vn.kiosk.hub.push;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

import org.eclipse.paho.client.mqttv3.MqttException;

import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.hub.store.Sql;
import vn.kiosk.hub.web.ApiError;
import vn.kiosk.link.Topics;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;
import vn.kiosk.link.push.PushCodec;
import vn.kiosk.link.push.PushKind;

/**
 * The version row and the broker's retained message stand or fall together: the row is committed only after
 * the broker acknowledged the message, so a broker that is away leaves no version that no kiosk can receive.
 * The table lock makes versions rise in the order they reach the broker, even with two admins at once, so the
 * retained message is always the newest version.
 */
public final class CatalogPublisher {

    private static final Logger LOG = Logger.getLogger(CatalogPublisher.class.getName());

    private final HubDatabase db;
    private final SigningKey key;
    private final BrokerPublisher broker;
    private final Clock clock;

    public CatalogPublisher(HubDatabase db, SigningKey key, BrokerPublisher broker, Clock clock) {
        this.db = db;
        this.key = key;
        this.broker = broker;
        this.clock = clock;
    }

    /**
     * @throws vn.kiosk.link.catalog.CatalogException when the kiosks' own catalog check refuses it
     * @throws ApiError 413 when even compressed it exceeds a push message, 503 when the broker is away
     */
    public CatalogVersion publish(byte[] json, String by) {
        Catalog catalog = new CatalogLoader().parse(json, "the published catalog");
        Instant now = clock.instant();
        return Sql.inTransaction(db, c -> {
            try (Statement st = c.createStatement()) {
                st.execute("LOCK TABLE catalog_versions IN EXCLUSIVE MODE");
            }
            long version = next(c);
            byte[] message = PushCodec.encode(key.signer().sign(PushKind.CATALOG, version, now.toEpochMilli(), json));
            if (message.length > PushCodec.MAX_BYTES) {
                throw new ApiError(413, "catalog_too_large", "error.catalog_too_large", PushCodec.MAX_BYTES / 1024);
            }
            CatalogVersion v = new CatalogVersion(version, now.toString(), by, catalog.procedures().size(),
                    catalog.fields().size(), sha256(json), json.length, message.length);
            insert(c, v, now, json, message);
            try {
                broker.publishRetained(Topics.toAll(PushKind.CATALOG.code()), message);
            } catch (MqttException e) {
                LOG.warning(() -> "catalog version " + version + " not published, the broker is away: " + e.getMessage());
                throw new ApiError(503, "broker_unavailable", "error.broker_unavailable");
            }
            LOG.info(() -> by + " published catalog version " + version + " (" + v.procedures() + " procedures, "
                    + message.length + " bytes signed)");
            return v;
        });
    }

    /** Newest first. */
    public List<CatalogVersion> list(int limit) {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT version, issued_at, published_by, procedures, "
                    + "fields, sha256, length(content), length(message) FROM catalog_versions ORDER BY version DESC "
                    + "LIMIT ?")) {
                ps.setInt(1, limit);
                List<CatalogVersion> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CatalogVersion(rs.getLong(1), rs.getTimestamp(2).toInstant().toString(),
                                rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getInt(7),
                                rs.getInt(8)));
                    }
                }
                return out;
            }
        });
    }

    private static long next(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM catalog_versions")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void insert(Connection c, CatalogVersion v, Instant at, byte[] json, byte[] message)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO catalog_versions (version, issued_at, "
                + "published_by, procedures, fields, sha256, content, message) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, v.version());
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, v.publishedBy());
            ps.setInt(4, v.procedures());
            ps.setInt(5, v.fields());
            ps.setString(6, v.sha256());
            ps.setBytes(7, json);
            ps.setBytes(8, message);
            ps.executeUpdate();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
