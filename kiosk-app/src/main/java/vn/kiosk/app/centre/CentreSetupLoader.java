// Reads the centre's set-up (config/centre.yaml) and checks it against the catalog.
package vn.kiosk.app.centre;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.helidon.config.Config;

import vn.kiosk.app.queue.CounterDef;
import vn.kiosk.app.queue.OpeningHours;
import vn.kiosk.app.queue.PriorityPolicy;
import vn.kiosk.app.queue.QueueSetup;
import vn.kiosk.app.queue.ServiceDayClock;
import vn.kiosk.app.queue.ServiceDef;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.Field;

public final class CentreSetupLoader {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]");
    private static final Pattern SERVICE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY,
            "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

    private CentreSetupLoader() {
    }

    /** Reads the {@code centre} node; throws {@link SetupException} listing every problem. */
    public static CentreSetup load(Config centre, Catalog catalog) {
        List<String> problems = new ArrayList<>();
        Centre info = new Centre(centre.get("name").asString().orElse(""),
                centre.get("name-en").asString().orElse(""), centre.get("address").asString().orElse(""),
                centre.get("online-fee-waiver").asBoolean().orElse(false));
        if (info.nameVi().isBlank()) {
            problems.add("centre.name is missing");
        }

        ZoneId zone = ServiceDayClock.VIETNAM;
        try {
            zone = ZoneId.of(centre.get("timezone").asString().orElse("Asia/Ho_Chi_Minh"));
        } catch (DateTimeException e) {
            problems.add("centre.timezone is not a known zone");
        }
        LocalTime reset = time(centre.get("day-reset").asString().orElse("00:00"), "centre.day-reset", problems);

        List<ServiceDef> services = new ArrayList<>();
        Map<String, String> fieldServices = new LinkedHashMap<>();
        Set<String> serviceIds = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (Config s : centre.get("services").asNodeList().orElse(List.of())) {
            String id = s.get("id").asString().orElse("");
            String where = "service " + (id.isEmpty() ? "(no id)" : id);
            if (!SERVICE_ID.matcher(id).matches()) {
                problems.add(where + ": id must be lower-case letters, digits or '-'");
            }
            String prefix = s.get("prefix").asString().orElse("");
            if (!PREFIX.matcher(prefix).matches()) {
                problems.add(where + ": prefix must be one capital letter A-Z");
            }
            if (!serviceIds.add(id)) {
                problems.add(where + ": the id is used twice");
            }
            if (!prefixes.add(prefix)) {
                problems.add(where + ": prefix " + prefix + " is used twice");
            }
            String nameVi = s.get("name").asString().orElse("");
            if (nameVi.isBlank()) {
                problems.add(where + ": name is missing");
            }
            List<String> fields = s.get("fields").asList(String.class).orElse(List.of());
            for (String f : fields) {
                String other = fieldServices.putIfAbsent(f, id);
                if (other != null) {
                    problems.add(where + ": field " + f + " is already handled by service " + other);
                }
            }
            services.add(new ServiceDef(id, prefix, nameVi, s.get("name-en").asString().orElse(nameVi), fields));
        }
        if (services.isEmpty()) {
            problems.add("there are no services");
        }
        for (Field f : catalog.fields()) {
            if (!fieldServices.containsKey(f.code())) {
                problems.add("catalog field " + f.code() + " is handled by no service");
            }
        }
        for (String f : fieldServices.keySet()) {
            if (catalog.fields().stream().noneMatch(x -> x.code().equals(f))) {
                problems.add("field " + f + " is not in the catalog");
            }
        }
        String onlineSupport = centre.get("online-support-service").asString().orElse("");
        if (!serviceIds.contains(onlineSupport)) {
            problems.add("online-support-service must name one of the services");
        }
        // Empty: the assisted-online desk sets VNeID accounts up itself.
        String vneid = centre.get("vneid-service").asString().map(String::strip).filter(x -> !x.isEmpty())
                .orElse(onlineSupport);
        if (!serviceIds.contains(vneid)) {
            problems.add("vneid-service must name one of the services (or be left out for online-support-service)");
        }

        List<CounterDef> counters = new ArrayList<>();
        Set<Integer> counterIds = new HashSet<>();
        for (Config c : centre.get("counters").asNodeList().orElse(List.of())) {
            int id = c.get("id").asInt().orElse(0);
            String where = "counter " + id;
            if (id < 1 || id > 99) {
                problems.add(where + ": id must be a number from 1 to 99");
            }
            if (!counterIds.add(id)) {
                problems.add(where + ": the id is used twice");
            }
            List<String> serves = c.get("services").asList(String.class).orElse(List.of());
            if (serves.isEmpty()) {
                problems.add(where + ": serves no service");
            }
            for (String s : serves) {
                if (!serviceIds.contains(s)) {
                    problems.add(where + ": serves unknown service " + s);
                }
            }
            String name = c.get("name").asString().orElse("Quầy " + id);
            counters.add(new CounterDef(id, name, c.get("name-en").asString().orElse("Counter " + id), serves));
        }
        if (counters.isEmpty()) {
            problems.add("there are no counters");
        }
        for (String s : serviceIds) {
            if (counters.stream().noneMatch(c -> c.serviceIds().contains(s))) {
                problems.add("service " + s + " is served by no counter");
            }
        }

        PriorityPolicy policy = policy(centre.get("priority"), counterIds, problems);
        OpeningHours hours = hours(centre.get("hours"), problems);
        int recall = centre.get("no-show-recall-minutes").asInt().orElse(30);
        int serviceMinutes = centre.get("default-service-minutes").asInt().orElse(8);
        if (recall < 0 || recall > 24 * 60) {
            problems.add("no-show-recall-minutes must be from 0 to 1440");
        }
        if (serviceMinutes < 1 || serviceMinutes > 240) {
            problems.add("default-service-minutes must be from 1 to 240");
        }
        for (String line : new String[] {"ticket.title", "ticket.footer"}) {
            if (centre.get(line).asString().orElse("").length() > 60) {
                problems.add(line + " must be at most 60 characters, to fit the paper");
            }
        }
        if (!problems.isEmpty()) {
            throw new SetupException(problems);
        }
        QueueSetup queue = new QueueSetup(services, counters, policy, hours, new ServiceDayClock(zone, reset),
                Duration.ofMinutes(recall), Duration.ofMinutes(serviceMinutes));
        TicketWording ticket = new TicketWording(centre.get("ticket.title").asString().orElse(""),
                centre.get("ticket.footer").asString().orElse(""));
        return new CentreSetup(info, queue, fieldServices, onlineSupport, vneid, ticket);
    }

    private static PriorityPolicy policy(Config p, Set<Integer> counters, List<String> problems) {
        String name = p.get("policy").asString().orElse("strict").toLowerCase(Locale.ROOT);
        switch (name) {
            case "strict":
                return new PriorityPolicy.Strict();
            case "interleave": {
                int n = p.get("normal-per-priority").asInt().orElse(3);
                if (n < 1) {
                    problems.add("priority.normal-per-priority must be at least 1");
                    return new PriorityPolicy.Strict();
                }
                return new PriorityPolicy.Interleave(n);
            }
            case "dedicated": {
                List<Integer> ids = p.get("counters").asList(Integer.class).orElse(List.of());
                if (ids.isEmpty() || !counters.containsAll(ids)) {
                    problems.add("priority.counters must list existing counters for the dedicated policy");
                    return new PriorityPolicy.Strict();
                }
                return new PriorityPolicy.Dedicated(new HashSet<>(ids));
            }
            default:
                problems.add("priority.policy must be strict, interleave or dedicated");
                return new PriorityPolicy.Strict();
        }
    }

    private static OpeningHours hours(Config h, List<String> problems) {
        if (h.get("always").asBoolean().orElse(false)) {
            return OpeningHours.always();
        }
        Map<DayOfWeek, List<OpeningHours.Span>> week = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<String, DayOfWeek> d : DAYS.entrySet()) {
            String spec = h.get(d.getKey()).asString().orElse("closed").strip();
            List<OpeningHours.Span> spans = new ArrayList<>();
            if (!spec.isEmpty() && !spec.equalsIgnoreCase("closed")) {
                for (String part : spec.split(",")) {
                    String[] fromTo = part.strip().split("-");
                    String where = "hours." + d.getKey();
                    if (fromTo.length != 2) {
                        problems.add(where + ": write spans as HH:MM-HH:MM, separated by commas");
                        continue;
                    }
                    LocalTime from = time(fromTo[0], where, problems);
                    LocalTime to = fromTo[1].strip().equals("24:00") ? LocalTime.MIDNIGHT
                            : time(fromTo[1], where, problems);
                    try {
                        spans.add(new OpeningHours.Span(from, to));
                    } catch (IllegalArgumentException e) {
                        problems.add(where + ": " + e.getMessage());
                    }
                }
            }
            week.put(d.getValue(), spans);
        }
        return new OpeningHours(week);
    }

    private static LocalTime time(String text, String where, List<String> problems) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeException e) {
            problems.add(where + ": " + text + " is not a time of day HH:MM");
            return LocalTime.MIDNIGHT;
        }
    }
}
