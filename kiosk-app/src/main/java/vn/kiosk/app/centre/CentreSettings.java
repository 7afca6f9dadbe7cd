// The centre's set-up as records: the technician's form (GET/PUT /api/v1/settings) and config/centre.yaml alike.
package vn.kiosk.app.centre;

import java.util.List;
import java.util.Map;

/**
 * One set of records for both: Jackson writes them as the form's JSON under these names, and {@link CentreYaml}
 * binds them to centre.yaml's kebab-case keys. {@link CentreChecks} says what is wrong with one.
 *
 * @param alwaysOpen   centre.yaml's {@code hours.always}
 * @param hours        each day (mon … sun) as "07:30-11:30, 13:30-17:00" or "closed"; ignored when alwaysOpen
 * @param vneidService where "no VNeID account" sends the citizen; empty or null: the online support service
 * @param voice        centre.yaml's {@code kiosk.voice}
 */
public record CentreSettings(String name, String nameEn, String address, boolean onlineFeeWaiver, String timezone,
                             String dayReset, boolean alwaysOpen, Map<String, String> hours, Priority priority,
                             int noShowRecallMinutes, int defaultServiceMinutes, String onlineSupportService,
                             String vneidService, List<Service> services, List<Counter> counters, TicketLines ticket,
                             Voice voice) {

    /** strict, interleave (one priority ticket after normalPerPriority normal ones) or dedicated (counters). */
    public record Priority(String policy, Integer normalPerPriority, List<Integer> counters) {
    }

    public record Service(String id, String prefix, String name, String nameEn, List<String> fields) {
    }

    public record Counter(Integer id, String name, String nameEn, List<String> services) {
    }

    /** The ticket's title and closing line; empty keeps the shipped wording. */
    public record TicketLines(String title, String footer) {
    }

    /** The call-out: the words before the number and before the counter, digits or number, repeats, chime. */
    public record Voice(String before, String counter, String mode, Integer repeat, Boolean chime) {
    }
}
