// The MQTT topic names of the province link, one place for the kiosk, the hub and the broker's ACL.
package vn.kiosk.link;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Up: {@code kiosk/<centre>/<kind>}, which the broker's ACL lets only the centre's own user write. Down:
 * {@code province/<centre>/...} and {@code province/all/...}, which a centre may only read.
 */
public final class Topics {

    /** A centre id as it appears in topics and user names: lower-case letters, digits and dashes. */
    public static final Pattern CENTRE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public static final String EVENTS = "events";
    public static final String ROLLUPS = "rollups";
    public static final String RATINGS = "ratings";
    public static final String HEALTH = "health";
    public static final String PRESENCE = "presence";
    /** A push from the province that the kiosk refused, with the reason (an alert at the hub). */
    public static final String PUSH_REFUSED = "push-refused";

    /** The part of a down topic that every centre reads. */
    public static final String ALL = "all";

    /** What the hub subscribes to. */
    public static final String ALL_UP = "kiosk/+/+";

    private Topics() {
    }

    public static String up(String centre, String kind) {
        return "kiosk/" + centre + "/" + kind;
    }

    /** Where the province publishes a push of a kind for every centre (retained: a kiosk that connects later gets it). */
    public static String toAll(String kind) {
        return "province/" + ALL + "/" + kind;
    }

    /** Where the province publishes a push for one centre only: the broker's ACL lets no other centre read it. */
    public static String toCentre(String centre, String kind) {
        return "province/" + centre + "/" + kind;
    }

    /** The topic's two parts, if it is an up topic of a well-formed centre id. */
    public static Optional<Up> parseUp(String topic) {
        String[] parts = topic.split("/", -1);
        if (parts.length != 3 || !parts[0].equals("kiosk") || !CENTRE_ID.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Up(parts[1], parts[2]));
    }

    public record Up(String centre, String kind) {
    }
}
