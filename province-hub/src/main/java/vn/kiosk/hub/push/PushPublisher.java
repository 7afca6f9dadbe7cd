// Publishes a ticker or a settings override: stored with the next version of its kind and scope, signed, sent.
package vn.kiosk.hub.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.paho.client.mqttv3.MqttException;

import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.hub.store.Sql;
import vn.kiosk.hub.web.ApiError;
import vn.kiosk.link.Topics;
import vn.kiosk.link.push.PushCodec;
import vn.kiosk.link.push.PushKind;

/**
 * As the catalog: the row is committed only after the broker acknowledged the retained message, and a lock per
 * kind and scope (an advisory transaction lock, so one centre's override never waits on another's) makes the
 * versions reach the broker in order, so the retained message is always the newest.
 */
public final class PushPublisher {

    private static final Logger LOG = Logger.getLogger(PushPublisher.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HubDatabase db;
    private final SigningKey key;
    private final BrokerPublisher broker;
    private final Clock clock;

    public PushPublisher(HubDatabase db, SigningKey key, BrokerPublisher broker, Clock clock) {
        this.db = db;
        this.key = key;
        this.broker = broker;
        this.clock = clock;
    }

    /**
     * @param scope   {@link Topics#ALL} or a centre id (already checked against {@link Topics#CENTRE_ID})
     * @param content the checked JSON the kiosks apply
     * @throws ApiError 503 when the broker is away
     */
    public PushVersion publish(PushKind kind, String scope, byte[] content, String by) {
        return publish(kind, scope, 0, content, by);
    }

    /**
     * With the version the content already carries (a voice pack's, written in its manifest), which must be
     * newer than every one published of its kind and scope: a kiosk would refuse an older one anyway.
     *
     * @param version 0 for the next one
     * @throws ApiError 409 when it is not newer
     */
    public PushVersion publish(PushKind kind, String scope, long version, byte[] content, String by) {
        Instant now = clock.instant();
        String topic = scope.equals(Topics.ALL) ? Topics.toAll(kind.code()) : Topics.toCentre(scope, kind.code());
        return Sql.inTransaction(db, c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "push/" + kind.code() + "/" + scope);
                lock.executeQuery().close();
            }
            long next = next(c, kind, scope);
            if (version != 0 && version < next) {
                throw new ApiError(409, "version_not_newer", "error.version_not_newer", version, next - 1);
            }
            long v = version == 0 ? next : version;
            byte[] message = PushCodec.encode(key.signer().sign(kind, v, now.toEpochMilli(), content));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO province_pushes (kind, scope, version, "
                    + "issued_at, published_by, content, message) VALUES (?,?,?,?,?,?,?)")) {
                ps.setString(1, kind.code());
                ps.setString(2, scope);
                ps.setLong(3, v);
                ps.setTimestamp(4, Timestamp.from(now));
                ps.setString(5, by);
                ps.setBytes(6, content);
                ps.setBytes(7, message);
                ps.executeUpdate();
            }
            try {
                broker.publishRetained(topic, message);
            } catch (MqttException e) {
                LOG.warning(() -> kind.code() + " version " + v + " for " + scope
                        + " not published, the broker is away: " + e.getMessage());
                throw new ApiError(503, "broker_unavailable", "error.broker_unavailable");
            }
            LOG.info(() -> by + " published " + kind.code() + " version " + v + " to " + topic);
            return new PushVersion(kind.code(), scope, v, now.toString(), by, tree(content), message.length);
        });
    }

    /** Newest first. */
    public List<PushVersion> list(PushKind kind, String scope, int limit) {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT version, issued_at, published_by, content, "
                    + "length(message) FROM province_pushes WHERE kind = ? AND scope = ? ORDER BY version DESC LIMIT ?")) {
                ps.setString(1, kind.code());
                ps.setString(2, scope);
                ps.setInt(3, limit);
                List<PushVersion> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PushVersion(kind.code(), scope, rs.getLong(1),
                                rs.getTimestamp(2).toInstant().toString(), rs.getString(3), tree(rs.getBytes(4)),
                                rs.getInt(5)));
                    }
                }
                return out;
            }
        });
    }

    private static long next(Connection c, PushKind kind, String scope) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(version), 0) + 1 FROM province_pushes "
                + "WHERE kind = ? AND scope = ?")) {
            ps.setString(1, kind.code());
            ps.setString(2, scope);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("the stored push content was checked JSON", e);
        }
    }
}
