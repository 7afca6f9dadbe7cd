// Checks a centre's settings against the catalog and, when nothing is wrong, makes the set-up the kiosk runs on.
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
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.kiosk.app.queue.CounterDef;
import vn.kiosk.app.queue.OpeningHours;
import vn.kiosk.app.queue.PriorityPolicy;
import vn.kiosk.app.queue.QueueSetup;
import vn.kiosk.app.queue.ServiceDayClock;
import vn.kiosk.app.queue.ServiceDef;
import vn.kiosk.app.voice.CallMode;
import vn.kiosk.app.voice.VoiceWording;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.Field;

/**
 * Every problem is named, in the words the technician's page lists. Text is taken stripped, and empty text
 * counts as left out (the form sends "" for an empty box), so either keeps the default.
 */
public final class CentreChecks {

    static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]");
    private static final Pattern SERVICE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    private CentreChecks() {
    }

    /** The set-up these settings describe; throws {@link SetupException} listing every problem. */
    public static CentreSetup check(CentreSettings s, Catalog catalog) {
        List<String> problems = new ArrayList<>();
        Centre info = new Centre(text(s.name()), text(s.nameEn()), text(s.address()), s.onlineFeeWaiver());
        if (info.nameVi().isEmpty()) {
            problems.add("centre.name is missing");
        }

        ZoneId zone = ServiceDayClock.VIETNAM;
        try {
            zone = ZoneId.of(text(s.timezone(), ServiceDayClock.VIETNAM.getId()));
        } catch (DateTimeException e) {
            problems.add("centre.timezone is not a known zone");
        }
        LocalTime reset = time(text(s.dayReset(), "00:00"), "centre.day-reset", problems);

        List<ServiceDef> services = new ArrayList<>();
        Map<String, String> fieldServices = new LinkedHashMap<>();
        Set<String> serviceIds = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (CentreSettings.Service x : listed(s.services())) {
            CentreSettings.Service sv = x == null ? new CentreSettings.Service(null, null, null, null, null) : x;
            String id = text(sv.id());
            String where = "service " + (id.isEmpty() ? "(no id)" : id);
            if (!SERVICE_ID.matcher(id).matches()) {
                problems.add(where + ": id must be lower-case letters, digits or '-'");
            }
            String prefix = text(sv.prefix()).toUpperCase(Locale.ROOT);
            if (!PREFIX.matcher(prefix).matches()) {
                problems.add(where + ": prefix must be one capital letter A-Z");
            }
            if (!serviceIds.add(id)) {
                problems.add(where + ": the id is used twice");
            }
            if (!prefixes.add(prefix)) {
                problems.add(where + ": prefix " + prefix + " is used twice");
            }
            String nameVi = text(sv.name());
            if (nameVi.isEmpty()) {
                problems.add(where + ": name is missing");
            }
            List<String> fields = listed(sv.fields()).stream().map(CentreChecks::text).toList();
            for (String f : fields) {
                String other = fieldServices.putIfAbsent(f, id);
                if (other != null) {
                    problems.add(where + ": field " + f + " is already handled by service " + other);
                }
            }
            services.add(new ServiceDef(id, prefix, nameVi, text(sv.nameEn(), nameVi), fields));
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
        String onlineSupport = text(s.onlineSupportService());
        if (!serviceIds.contains(onlineSupport)) {
            problems.add("online-support-service must name one of the services");
        }
        // Empty: the assisted-online desk sets VNeID accounts up itself.
        String vneid = text(s.vneidService(), onlineSupport);
        if (!serviceIds.contains(vneid)) {
            problems.add("vneid-service must name one of the services (or be left out for online-support-service)");
        }

        List<CounterDef> counters = new ArrayList<>();
        Set<Integer> counterIds = new HashSet<>();
        for (CentreSettings.Counter x : listed(s.counters())) {
            int id = x == null || x.id() == null ? 0 : x.id();
            String where = "counter " + id;
            if (id < 1 || id > 99) {
                problems.add(where + ": id must be a number from 1 to 99");
            }
            if (!counterIds.add(id)) {
                problems.add(where + ": the id is used twice");
            }
            List<String> serves = x == null ? List.of() : listed(x.services()).stream().map(CentreChecks::text).toList();
            if (serves.isEmpty()) {
                problems.add(where + ": serves no service");
            }
            for (String sv : serves) {
                if (!serviceIds.contains(sv)) {
                    problems.add(where + ": serves unknown service " + sv);
                }
            }
            counters.add(new CounterDef(id, text(x == null ? null : x.name(), "Quầy " + id),
                    text(x == null ? null : x.nameEn(), "Counter " + id), serves));
        }
        if (counters.isEmpty()) {
            problems.add("there are no counters");
        }
        for (String sv : serviceIds) {
            if (counters.stream().noneMatch(c -> c.serviceIds().contains(sv))) {
                problems.add("service " + sv + " is served by no counter");
            }
        }

        PriorityPolicy policy = policy(s.priority(), counterIds, problems);
        OpeningHours hours = s.alwaysOpen() ? OpeningHours.always() : hours(s.hours(), problems);
        int recall = s.noShowRecallMinutes();
        int serviceMinutes = s.defaultServiceMinutes();
        if (recall < 0 || recall > 24 * 60) {
            problems.add("no-show-recall-minutes must be from 0 to 1440");
        }
        if (serviceMinutes < 1 || serviceMinutes > 240) {
            problems.add("default-service-minutes must be from 1 to 240");
        }
        TicketWording ticket = s.ticket() == null ? new TicketWording("", "")
                : new TicketWording(text(s.ticket().title()), text(s.ticket().footer()));
        if (ticket.title().length() > 60) {
            problems.add("ticket.title must be at most 60 characters, to fit the paper");
        }
        if (ticket.footer().length() > 60) {
            problems.add("ticket.footer must be at most 60 characters, to fit the paper");
        }
        VoiceWording voice = null;
        try {
            voice = wording(s.voice());
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new SetupException(problems);
        }
        QueueSetup queue = new QueueSetup(services, counters, policy, hours, new ServiceDayClock(zone, reset),
                Duration.ofMinutes(recall), Duration.ofMinutes(serviceMinutes));
        // The settings as they now stand, every default filled in: what the form shows and centre.yaml is saved as.
        Map<String, String> week = week(hours);
        CentreSettings tidy = new CentreSettings(info.nameVi(), info.nameEn(), info.address(), info.onlineFeeWaiver(),
                zone.getId(), reset.toString(), week.values().stream().allMatch("00:00-24:00"::equals), week,
                priority(policy), recall, serviceMinutes, onlineSupport, vneid.equals(onlineSupport) ? "" : vneid,
                services.stream().map(x -> new CentreSettings.Service(x.id(), x.prefix(), x.nameVi(), x.nameEn(),
                        x.fields())).toList(),
                counters.stream().map(c -> new CentreSettings.Counter(c.id(), c.nameVi(), c.nameEn(), c.serviceIds()))
                        .toList(),
                new CentreSettings.TicketLines(ticket.title(), ticket.footer()),
                new CentreSettings.Voice(voice.before(), voice.counter(), voice.mode().name().toLowerCase(Locale.ROOT),
                        voice.repeat(), voice.chime()));
        return new CentreSetup(info, queue, fieldServices, onlineSupport, vneid, ticket, tidy);
    }

    /** The call-out wording of checked settings; what is left out keeps the built-in wording. */
    public static VoiceWording wording(CentreSettings.Voice v) {
        if (v == null) {
            return VoiceWording.DEFAULT;
        }
        String mode = text(v.mode());
        return new VoiceWording(text(v.before(), VoiceWording.DEFAULT.before()),
                text(v.counter(), VoiceWording.DEFAULT.counter()),
                mode.isEmpty() ? VoiceWording.DEFAULT.mode() : CallMode.named(mode),
                Objects.requireNonNullElse(v.repeat(), VoiceWording.DEFAULT.repeat()),
                Objects.requireNonNullElse(v.chime(), VoiceWording.DEFAULT.chime()));
    }

    private static PriorityPolicy policy(CentreSettings.Priority p, Set<Integer> counters, List<String> problems) {
        String name = text(p == null ? null : p.policy(), "strict").toLowerCase(Locale.ROOT);
        switch (name) {
            case "strict":
                return new PriorityPolicy.Strict();
            case "interleave": {
                int n = Objects.requireNonNullElse(p.normalPerPriority(), 3);
                if (n < 1) {
                    problems.add("priority.normal-per-priority must be at least 1");
                    return new PriorityPolicy.Strict();
                }
                return new PriorityPolicy.Interleave(n);
            }
            case "dedicated": {
                List<Integer> ids = listed(p.counters());
                if (ids.isEmpty() || ids.contains(null) || !counters.containsAll(ids)) {
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

    private static CentreSettings.Priority priority(PriorityPolicy policy) {
        return switch (policy) {
            case PriorityPolicy.Strict x -> new CentreSettings.Priority("strict", null, List.of());
            case PriorityPolicy.Interleave x -> new CentreSettings.Priority("interleave", x.normalPerPriority(), List.of());
            case PriorityPolicy.Dedicated x -> new CentreSettings.Priority("dedicated", null,
                    x.counterIds().stream().sorted().toList());
        };
    }

    private static OpeningHours hours(Map<String, String> h, List<String> problems) {
        Map<DayOfWeek, List<OpeningHours.Span>> week = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < DAYS.size(); i++) {
            String day = DAYS.get(i);
            String spec = text(h == null ? null : h.get(day), "closed");
            List<OpeningHours.Span> spans = new ArrayList<>();
            if (!spec.equalsIgnoreCase("closed")) {
                for (String part : spec.split(",")) {
                    String[] fromTo = part.strip().split("-");
                    String where = "hours." + day;
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
            week.put(DayOfWeek.of(i + 1), spans);
        }
        return new OpeningHours(week);
    }

    /** Each day's spans as the form writes them, "closed" for none. */
    private static Map<String, String> week(OpeningHours hours) {
        Map<String, String> week = new LinkedHashMap<>();
        for (int i = 0; i < DAYS.size(); i++) {
            List<OpeningHours.Span> spans = hours.week().get(DayOfWeek.of(i + 1));
            week.put(DAYS.get(i), spans.isEmpty() ? "closed" : spans.stream()
                    .map(sp -> sp.from() + "-" + (sp.to().equals(LocalTime.MIDNIGHT) ? "24:00" : sp.to().toString()))
                    .collect(Collectors.joining(", ")));
        }
        return week;
    }

    private static LocalTime time(String text, String where, List<String> problems) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeException e) {
            problems.add(where + ": " + text + " is not a time of day HH:MM");
            return LocalTime.MIDNIGHT;
        }
    }

    private static <T> List<T> listed(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String text(String s, String otherwise) {
        String t = text(s);
        return t.isEmpty() ? otherwise : t;
    }
}
