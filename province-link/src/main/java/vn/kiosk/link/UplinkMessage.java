// Everything a kiosk sends to the province: a closed set, each with the centre it claims to come from.
package vn.kiosk.link;

import java.util.List;

public sealed interface UplinkMessage {

    /** The version of the message shapes; a hub refuses a schema it does not know. */
    int SCHEMA = 1;

    int schema();

    String centre();

    /** The topic kind this message travels under. */
    String kind();

    /** Events in ascending seq, as committed at the kiosk. */
    record EventBatch(int schema, String centre, List<EventRecord> events) implements UplinkMessage {
        public String kind() {
            return Topics.EVENTS;
        }
    }

    /** A closed service day's figures, sent again whole whenever the kiosk rolls the day up again. */
    record DayRollup(int schema, String centre, String day, long rolledAt, List<CountRow> counts,
                     List<DurationRow> durations) implements UplinkMessage {
        public String kind() {
            return Topics.ROLLUPS;
        }
    }

    record RatingBatch(int schema, String centre, List<RatingRecord> ratings) implements UplinkMessage {
        public String kind() {
            return Topics.RATINGS;
        }
    }

    record HealthReport(int schema, String centre, long at, Health health) implements UplinkMessage {
        public String kind() {
            return Topics.HEALTH;
        }
    }

    /**
     * A push from the province that the kiosk did not apply, and why; the hub opens an alert on it.
     *
     * @param version the push's version, or -1 when the message was not readable enough to say
     * @param reason  a code of {@link vn.kiosk.link.push.PushVerdict.Refused}
     */
    record PushRefused(int schema, String centre, long at, String push, long version, String reason, String detail)
            implements UplinkMessage {
        public String kind() {
            return Topics.PUSH_REFUSED;
        }
    }

    /** Retained: "online" when the kiosk connects, "offline" as its last will. */
    record Presence(int schema, String centre, long at, boolean online) implements UplinkMessage {
        public String kind() {
            return Topics.PRESENCE;
        }
    }
}
