// The province's voice clip packs in PostgreSQL: uploaded (checked as a kiosk checks them), published, served.
package vn.kiosk.hub.push;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.hub.store.Sql;
import vn.kiosk.hub.web.ApiError;
import vn.kiosk.link.Topics;
import vn.kiosk.link.push.PushKind;
import vn.kiosk.link.push.VoiceOffer;
import vn.kiosk.link.push.VoicePack;

/**
 * A pack's version is the one in its manifest, and each upload must be newer than every one before, so the
 * version a kiosk reports names one zip only. Publishing signs a {@link VoiceOffer} naming the pack's download
 * route, with a random token in it: the route answers only that token, which travels in the signed message on
 * the broker's province topic, readable only by the communes' broker accounts.
 */
public final class VoicePacks {

    /** A stored pack as the API lists it (never its token). */
    public record Row(long version, String language, int clips, String sha256, long bytes, String uploadedAt,
                      String uploadedBy, String publishedAt, String publishedBy) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HubDatabase db;
    private final PushPublisher publisher;
    private final Clock clock;

    public VoicePacks(HubDatabase db, PushPublisher publisher, Clock clock) {
        this.db = db;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * @param checked a pack that passed {@link VoicePack#read}
     * @throws ApiError 409 when its version is not newer than every pack uploaded before
     */
    public Row upload(VoicePack.Checked checked, byte[] zip, String by) {
        VoicePack p = checked.pack();
        Instant now = clock.instant();
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return Sql.inTransaction(db, c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('voice_packs'))")) {
                lock.executeQuery().close();
            }
            long newest = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM voice_packs");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                newest = rs.getLong(1);
            }
            if (p.version() <= newest) {
                throw new ApiError(409, "version_not_newer", "error.version_not_newer", p.version(), newest);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO voice_packs (version, language, sha256, bytes, "
                    + "clips, pack, token, uploaded_at, uploaded_by) VALUES (?,?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, p.version());
                ps.setString(2, p.language());
                ps.setString(3, VoicePack.sha256(zip));
                ps.setLong(4, zip.length);
                ps.setInt(5, p.clips().size());
                ps.setBytes(6, zip);
                ps.setString(7, HexFormat.of().formatHex(token));
                ps.setTimestamp(8, Timestamp.from(now));
                ps.setString(9, by);
                ps.executeUpdate();
            }
            return new Row(p.version(), p.language(), p.clips().size(), VoicePack.sha256(zip), zip.length,
                    now.toString(), by, null, null);
        });
    }

    /** Signs the pack's offer and publishes it retained on province/all/voice with the pack's own version. */
    public Row publish(long version, String by) {
        Stored s = stored(version).orElseThrow(ApiError::notFound);
        VoiceOffer offer = new VoiceOffer(s.row().language(), "/api/v1/voice/packs/" + version + "/" + s.token()
                + ".zip", s.row().sha256(), s.row().bytes());
        publisher.publish(PushKind.VOICE, Topics.ALL, version, offer.toJson(), by);
        Instant now = clock.instant();
        Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE voice_packs SET published_at = ?, published_by = ? "
                    + "WHERE version = ?")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setString(2, by);
                ps.setLong(3, version);
                return ps.executeUpdate();
            }
        });
        return stored(version).orElseThrow().row();
    }

    /** Newest first. */
    public List<Row> list(int limit) {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM voice_packs "
                    + "ORDER BY version DESC LIMIT ?")) {
                ps.setInt(1, limit);
                List<Row> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
                return out;
            }
        });
    }

    /** A published pack's bytes, for the token its signed offer names; empty for any other token or version. */
    public Optional<byte[]> download(long version, String token) {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT token, pack FROM voice_packs WHERE version = ? "
                    + "AND published_at IS NOT NULL")) {
                ps.setLong(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    // Compared in constant time: the answer's timing says nothing of how much of a guess was right.
                    if (rs.next() && MessageDigest.isEqual(rs.getString(1).getBytes(), token.getBytes())) {
                        return Optional.of(rs.getBytes(2));
                    }
                    return Optional.empty();
                }
            }
        });
    }

    private static final String COLUMNS = "version, language, clips, sha256, bytes, uploaded_at, uploaded_by, "
            + "published_at, published_by";

    private record Stored(Row row, String token) {
    }

    private Optional<Stored> stored(long version) {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", token FROM voice_packs "
                    + "WHERE version = ?")) {
                ps.setLong(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Stored(row(rs), rs.getString(10))) : Optional.empty();
                }
            }
        });
    }

    private static Row row(ResultSet rs) throws java.sql.SQLException {
        Timestamp published = rs.getTimestamp(8);
        return new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getLong(5),
                rs.getTimestamp(6).toInstant().toString(), rs.getString(7),
                published == null ? null : published.toInstant().toString(), rs.getString(9));
    }
}
