// Turns uplink messages into JSON bytes and back, refusing anything malformed, oversized or misaddressed.
package vn.kiosk.link;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The topic names the sender (the broker's ACL guarantees the topic's centre is the user who wrote it), so a
 * payload that claims another centre is refused: it is a forged or misconfigured kiosk.
 */
public final class UplinkCodec {

    /** The largest payload either side accepts; the broker's message_size_limit is set to the same. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** A batch holds at most this many events or ratings, which keeps it well under MAX_BYTES. */
    public static final int MAX_BATCH = 1000;
    /** A refusal's detail is one line for an alert, not a copy of what was refused. */
    public static final int MAX_DETAIL = 2000;

    private static final Map<String, Class<? extends UplinkMessage>> KINDS = Map.of(
            Topics.EVENTS, UplinkMessage.EventBatch.class,
            Topics.ROLLUPS, UplinkMessage.DayRollup.class,
            Topics.RATINGS, UplinkMessage.RatingBatch.class,
            Topics.HEALTH, UplinkMessage.HealthReport.class,
            Topics.PRESENCE, UplinkMessage.Presence.class,
            Topics.PUSH_REFUSED, UplinkMessage.PushRefused.class);

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    public UplinkCodec() {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build());
    }

    public byte[] encode(UplinkMessage message) {
        try {
            return mapper.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + message.kind(), e);
        }
    }

    public Decoded decode(String topic, byte[] payload) {
        Optional<Topics.Up> up = Topics.parseUp(topic);
        if (up.isEmpty()) {
            return new Decoded.Refused("topic", topic);
        }
        Class<? extends UplinkMessage> type = KINDS.get(up.get().kind());
        if (type == null) {
            return new Decoded.Refused("topic", topic);
        }
        if (payload.length > MAX_BYTES) {
            return new Decoded.Refused("too-large", payload.length + " bytes");
        }
        UplinkMessage m;
        try {
            m = type == UplinkMessage.HealthReport.class ? health(payload) : mapper.readValue(payload, type);
        } catch (JsonProcessingException e) {
            return new Decoded.Refused(e.getClass().getSimpleName().contains("Parse") ? "not-json" : "schema",
                    e.getOriginalMessage());
        } catch (IOException e) {
            return new Decoded.Refused("not-json", e.getMessage());
        }
        if (m == null) {
            return new Decoded.Refused("schema", "null");
        }
        if (m.schema() != UplinkMessage.SCHEMA) {
            return new Decoded.Refused("schema", "schema " + m.schema());
        }
        if (!up.get().centre().equals(m.centre())) {
            return new Decoded.Refused("wrong-centre", up.get().centre() + " sent " + m.centre());
        }
        String problem = check(m);
        return problem == null ? new Decoded.Accepted(m) : new Decoded.Refused("schema", problem);
    }

    /**
     * A kiosk of a release before a push sends no version of it: what is in force is its own (0); one before the
     * rings were reported sends no ring (unknown) and no upgradeFailed (none). The hub is upgraded before its
     * kiosks, so it must read their health meanwhile; every other field stays required.
     */
    private static final List<String> PUSH_VERSIONS = List.of("catalogVersion", "tickerVersion", "settingsVersion",
            "voiceVersion", "voicePending");

    private UplinkMessage health(byte[] payload) throws IOException {
        JsonNode root = mapper.readTree(payload);
        if (root != null && root.get("health") instanceof ObjectNode h) {
            PUSH_VERSIONS.stream().filter(f -> !h.has(f)).forEach(f -> h.put(f, 0));
            for (String optional : List.of("ring", "upgradeFailed")) {
                if (!h.has(optional)) {
                    h.putNull(optional);
                }
            }
        }
        return root == null || root.isMissingNode() ? null : mapper.treeToValue(root, UplinkMessage.HealthReport.class);
    }

    /** The checks the JSON shape alone cannot make; null when the message is sound. */
    private static String check(UplinkMessage m) {
        return switch (m) {
            case UplinkMessage.EventBatch b -> checkEvents(b.events());
            case UplinkMessage.RatingBatch b -> checkRatings(b.ratings());
            case UplinkMessage.DayRollup r -> checkRollup(r);
            case UplinkMessage.HealthReport h -> checkHealth(h.health());
            case UplinkMessage.Presence p -> null;
            case UplinkMessage.PushRefused r -> blank(r.push()) || blank(r.reason()) || r.detail() == null
                    || r.detail().length() > MAX_DETAIL ? "a refusal names its push, reason and detail" : null;
        };
    }

    private static String checkHealth(Health h) {
        if (h == null) {
            return "no health";
        }
        if (h.ring() != null && !Health.RING.matcher(h.ring()).matches()) {
            return "a ring is a suite name such as pilot";
        }
        if (h.voiceVersion() < 0 || h.voicePending() < 0) {
            return "a voice pack version is 0 or more";
        }
        if (h.upgradeFailed() != null && !Health.PACKAGE_VERSION.matcher(h.upgradeFailed()).matches()) {
            return "a failed upgrade names a package version";
        }
        return null;
    }

    private static String checkEvents(List<EventRecord> events) {
        if (events == null || events.isEmpty() || events.size() > MAX_BATCH) {
            return "a batch holds 1 to " + MAX_BATCH + " events";
        }
        long last = 0;
        for (EventRecord e : events) {
            if (e == null || e.seq() <= last) {
                return "seq must rise within a batch";
            }
            last = e.seq();
            if (!isDay(e.day()) || blank(e.kind()) || e.at() <= 0) {
                return "event " + e.seq() + " lacks its day, kind or time";
            }
        }
        return null;
    }

    private static String checkRatings(List<RatingRecord> ratings) {
        if (ratings == null || ratings.isEmpty() || ratings.size() > MAX_BATCH) {
            return "a batch holds 1 to " + MAX_BATCH + " ratings";
        }
        for (RatingRecord r : ratings) {
            if (r == null || blank(r.ticket()) || !isDay(r.day()) || blank(r.rating()) || blank(r.service())
                    || r.reasons() == null) {
                return "a rating lacks its ticket, day, level or service";
            }
        }
        return null;
    }

    private static String checkRollup(UplinkMessage.DayRollup r) {
        if (!isDay(r.day()) || r.counts() == null || r.durations() == null) {
            return "a roll-up needs its day, counts and durations";
        }
        for (CountRow c : r.counts()) {
            if (c == null || blank(c.metric()) || c.key() == null || c.n() < 0) {
                return "a count lacks its metric or key";
            }
        }
        for (DurationRow d : r.durations()) {
            if (d == null || blank(d.measure()) || blank(d.dim()) || d.key() == null || d.histogram() == null
                    || d.histogram().length % 8 != 0) {
                return "a duration lacks its measure, dimension, key or histogram";
            }
        }
        return null;
    }

    private static boolean isDay(String day) {
        if (day == null || !day.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            java.time.LocalDate.parse(day);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
