// Writes accepted uplink messages to PostgreSQL, many in one transaction; a repeat of a stored message changes nothing.
package vn.kiosk.hub.ingest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.kiosk.hub.rings.RingReports;
import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.link.CountRow;
import vn.kiosk.link.DurationRow;
import vn.kiosk.link.EventRecord;
import vn.kiosk.link.RatingRecord;
import vn.kiosk.link.UplinkMessage;

public final class IngestStore {

    /** What one message did: rows stored, and rows that were already there (a resend). */
    public record Stored(int inserted, int repeated) {
    }

    /** The alert kind of a push a kiosk refused. */
    public static final String PUSH_REFUSED = "push-refused";

    private final HubDatabase db;
    private final Clock clock;
    private final RingReports rings;
    private final ObjectMapper json = new ObjectMapper();

    /** Service days in Việt Nam's one time zone, the hub's default. */
    public IngestStore(HubDatabase db, Clock clock) {
        this(db, clock, ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** @param zone the province's (hub.zone): the day a kiosk ran a version is a service day there */
    public IngestStore(HubDatabase db, Clock clock, ZoneId zone) {
        this.db = db;
        this.clock = clock;
        this.rings = new RingReports(zone, clock);
    }

    /** Commits before it returns: the caller acknowledges the MQTT message only after this. */
    public Stored store(UplinkMessage m) throws SQLException {
        return storeAll(List.of(m)).getFirst();
    }

    /**
     * Many messages in one transaction (one commit, one fsync, however many kiosks sent them): the hub's
     * ingest rate is bounded by commits, not rows. All or nothing: on an error nothing is stored.
     */
    public List<Stored> storeAll(List<UplinkMessage> messages) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                List<Stored> out = new ArrayList<>(messages.size());
                for (UplinkMessage m : messages) {
                    ensureCentre(c, m.centre());
                }
                // Every event batch of the group in one statement: the group's round trips, not its messages,
                // bound the rate at which a backlog of many small batches drains.
                Iterator<Stored> events = events(c, messages.stream()
                        .filter(UplinkMessage.EventBatch.class::isInstance).map(UplinkMessage.EventBatch.class::cast)
                        .toList()).iterator();
                for (UplinkMessage m : messages) {
                    out.add(switch (m) {
                        case UplinkMessage.EventBatch b -> events.next();
                        case UplinkMessage.RatingBatch b -> ratings(c, b);
                        case UplinkMessage.DayRollup r -> rollup(c, r);
                        case UplinkMessage.HealthReport h -> health(c, h);
                        case UplinkMessage.Presence p -> presence(c, p);
                        case UplinkMessage.PushRefused r -> pushRefused(c, r);
                    });
                }
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Centres already in the table; a new one is inserted once, in the transaction of its first message. */
    private final Set<String> knownCentres = ConcurrentHashMap.newKeySet();

    private void ensureCentre(Connection c, String centre) throws SQLException {
        if (knownCentres.contains(centre)) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO centres (id) VALUES (?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, centre);
            ps.executeUpdate();
        }
        // Remembered only after the commit would be exact; a rollback of a brand-new centre's first message is
        // followed by its resend, whose insert then finds the row missing: so forget on any failure (see below).
        knownCentres.add(centre);
    }

    /** Whether the database answers at all (a failure then is the data's, not the link's). */
    public boolean reachable() {
        return db.ping();
    }

    /** After a failed transaction, a centre inserted in it may not exist: ask the table again next time. */
    public void forgetCentres() {
        knownCentres.clear();
    }

    /**
     * One statement for all the batches: arrays unnested, so a group of 500 batches is one round trip. What
     * each batch stored is read back from the keys the insert returns; a key two batches of the group share
     * (a resend that arrived beside its first copy) counts for the first one only.
     */
    private static List<Stored> events(Connection c, List<UplinkMessage.EventBatch> batches)
            throws SQLException {
        if (batches.isEmpty()) {
            return List.of();
        }
        int n = batches.stream().mapToInt(b -> b.events().size()).sum();
        String[] centre = new String[n];
        Long[] seq = new Long[n];
        Long[] at = new Long[n];
        String[] day = new String[n];
        String[] kind = new String[n];
        String[] ticket = new String[n];
        String[] service = new String[n];
        Integer[] counter = new Integer[n];
        String[] outcome = new String[n];
        String[] actor = new String[n];
        int i = 0;
        for (UplinkMessage.EventBatch b : batches) {
            for (EventRecord e : b.events()) {
                centre[i] = b.centre();
                seq[i] = e.seq();
                at[i] = e.at();
                day[i] = e.day();
                kind[i] = e.kind();
                ticket[i] = e.ticket();
                service[i] = e.service();
                counter[i] = e.counter();
                outcome[i] = e.outcome();
                actor[i] = e.actor();
                i++;
            }
        }
        Set<String> inserted = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (centre, seq, at, day, kind, ticket, "
                + "service, counter, outcome, actor) SELECT u.centre, u.seq, to_timestamp(u.at / 1000.0), u.day::date, "
                + "u.kind, u.ticket, u.service, u.counter, u.outcome, u.actor FROM unnest(?::text[], ?::bigint[], "
                + "?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[]) "
                + "AS u(centre, seq, at, day, kind, ticket, service, counter, outcome, actor) ON CONFLICT DO NOTHING "
                + "RETURNING centre, seq")) {
            ps.setArray(1, c.createArrayOf("text", centre));
            ps.setArray(2, c.createArrayOf("bigint", seq));
            ps.setArray(3, c.createArrayOf("bigint", at));
            ps.setArray(4, c.createArrayOf("text", day));
            ps.setArray(5, c.createArrayOf("text", kind));
            ps.setArray(6, c.createArrayOf("text", ticket));
            ps.setArray(7, c.createArrayOf("text", service));
            ps.setArray(8, c.createArrayOf("integer", counter));
            ps.setArray(9, c.createArrayOf("text", outcome));
            ps.setArray(10, c.createArrayOf("text", actor));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getString(1) + "#" + rs.getLong(2));
                }
            }
        }
        List<Stored> out = new ArrayList<>(batches.size());
        for (UplinkMessage.EventBatch b : batches) {
            int stored = 0;
            for (EventRecord e : b.events()) {
                if (inserted.remove(b.centre() + "#" + e.seq())) {
                    stored++;
                }
            }
            out.add(new Stored(stored, b.events().size() - stored));
        }
        return out;
    }

    private static Stored ratings(Connection c, UplinkMessage.RatingBatch b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ratings (centre, ticket, day, at, rating, reasons, "
                + "counter, service, procedure) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
            for (RatingRecord r : b.ratings()) {
                Array reasons = c.createArrayOf("text", r.reasons().toArray());
                ps.setString(1, b.centre());
                ps.setString(2, r.ticket());
                ps.setObject(3, LocalDate.parse(r.day()));
                ps.setTimestamp(4, new Timestamp(r.at()));
                ps.setString(5, r.rating());
                ps.setArray(6, reasons);
                ps.setObject(7, r.counter(), java.sql.Types.INTEGER);
                ps.setString(8, r.service());
                ps.setString(9, r.procedure());
                ps.addBatch();
            }
            return tally(ps.executeBatch(), b.ratings().size());
        }
    }

    /** A newer roll-up of a day replaces the older one whole; an older or equal one is a repeat. */
    private static Stored rollup(Connection c, UplinkMessage.DayRollup r) throws SQLException {
        LocalDate day = LocalDate.parse(r.day());
        try (PreparedStatement ps = c.prepareStatement("SELECT rolled_at FROM rollup_days WHERE centre = ? AND day = ? "
                + "FOR UPDATE")) {
            ps.setString(1, r.centre());
            ps.setObject(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getLong(1) >= r.rolledAt()) {
                    return new Stored(0, 1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rollup_days WHERE centre = ? AND day = ?")) {
            ps.setString(1, r.centre());
            ps.setObject(2, day);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rollup_days (centre, day, rolled_at) VALUES (?,?,?)")) {
            ps.setString(1, r.centre());
            ps.setObject(2, day);
            ps.setLong(3, r.rolledAt());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO rollup_counts (centre, day, metric, key, n) VALUES (?,?,?,?,?)")) {
            for (CountRow row : r.counts()) {
                ps.setString(1, r.centre());
                ps.setObject(2, day);
                ps.setString(3, row.metric());
                ps.setString(4, row.key());
                ps.setLong(5, row.n());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rollup_durations (centre, day, measure, dim, key, "
                + "n, total_s, max_s, histogram) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (DurationRow row : r.durations()) {
                ps.setString(1, r.centre());
                ps.setObject(2, day);
                ps.setString(3, row.measure());
                ps.setString(4, row.dim());
                ps.setString(5, row.key());
                ps.setLong(6, row.n());
                ps.setLong(7, row.totalS());
                ps.setInt(8, row.maxS());
                ps.setBytes(9, row.histogram());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return new Stored(1, 0);
    }

    private Stored health(Connection c, UplinkMessage.HealthReport h) throws SQLException {
        String body;
        try {
            body = json.writeValueAsString(h.health());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decoded health message encodes again", e);
        }
        Timestamp at = new Timestamp(h.at());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO health_latest (centre, at, received_at, body) "
                + "VALUES (?,?,?,?::jsonb) ON CONFLICT (centre) DO UPDATE SET at = EXCLUDED.at, "
                + "received_at = EXCLUDED.received_at, body = EXCLUDED.body WHERE health_latest.at <= EXCLUDED.at")) {
            ps.setString(1, h.centre());
            ps.setTimestamp(2, at);
            ps.setTimestamp(3, new Timestamp(clock.millis()));
            ps.setString(4, body);
            ps.executeUpdate();
        }
        rings.store(c, h);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO health_minutes (centre, minute) "
                + "VALUES (?, date_trunc('minute', ?::timestamptz)) ON CONFLICT DO NOTHING")) {
            ps.setString(1, h.centre());
            ps.setTimestamp(2, at);
            return new Stored(ps.executeUpdate(), 0);
        }
    }

    /** Presence arrives retained and as a last will; the hub's own clock says since when. */
    private Stored presence(Connection c, UplinkMessage.Presence p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO presence (centre, online, since) VALUES (?,?,?) "
                + "ON CONFLICT (centre) DO UPDATE SET online = EXCLUDED.online, since = EXCLUDED.since "
                + "WHERE presence.online <> EXCLUDED.online")) {
            ps.setString(1, p.centre());
            ps.setBoolean(2, p.online());
            ps.setTimestamp(3, new Timestamp(clock.millis()));
            int n = ps.executeUpdate();
            return new Stored(n, 1 - n);
        }
    }

    /**
     * An alert for the province's technicians, open until one of them closes it (the watchdog leaves this kind
     * alone: only a person can tell that the push was put right). A second refusal while it is open updates it.
     */
    private Stored pushRefused(Connection c, UplinkMessage.PushRefused r) throws SQLException {
        String detail = r.push() + (r.version() >= 0 ? " version " + r.version() : "") + ": " + r.reason()
                + (r.detail().isBlank() ? "" : " (" + r.detail() + ")");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alerts (centre, kind, detail, opened_at) "
                + "VALUES (?,?,?,?) ON CONFLICT (centre, kind) WHERE closed_at IS NULL DO UPDATE SET detail = "
                + "EXCLUDED.detail")) {
            ps.setString(1, r.centre());
            ps.setString(2, PUSH_REFUSED);
            ps.setString(3, detail);
            ps.setTimestamp(4, new Timestamp(clock.millis()));
            return new Stored(ps.executeUpdate(), 0);
        }
    }

    private static Stored tally(int[] results, int size) {
        int inserted = 0;
        for (int r : results) {
            inserted += Math.max(0, r);
        }
        return new Stored(inserted, size - inserted);
    }
}
