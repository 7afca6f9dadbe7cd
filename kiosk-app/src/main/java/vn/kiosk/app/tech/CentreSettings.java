// The centre's set-up as the technician edits it (GET/PUT /api/v1/settings), and as it is written to centre.yaml.
package vn.kiosk.app.tech;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.queue.OpeningHours;
import vn.kiosk.app.queue.PriorityPolicy;
import vn.kiosk.app.queue.QueueSetup;
import vn.kiosk.app.voice.VoiceWording;

/**
 * Field names follow the JSON API; {@link #toYaml()} gives the keys of config/centre.yaml, which
 * {@code CentreSetupLoader} checks, so that what is saved is exactly what the next start reads.
 *
 * @param hours        each day (mon … sun) as "07:30-11:30, 13:30-17:00" or "closed"; ignored when alwaysOpen
 * @param vneidService where "no VNeID account" sends the citizen; empty or null: the online support service
 */
public record CentreSettings(String name, String nameEn, String address, boolean onlineFeeWaiver, String timezone,
                             String dayReset, boolean alwaysOpen, Map<String, String> hours, Priority priority,
                             int noShowRecallMinutes, int defaultServiceMinutes, String onlineSupportService,
                             String vneidService, List<Service> services, List<Counter> counters, TicketLines ticket,
                             Voice voice) {

    static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

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

    /** The settings in force. */
    public static CentreSettings of(CentreSetup s, VoiceWording voice) {
        QueueSetup q = s.queue();
        Map<String, String> hours = new LinkedHashMap<>();
        for (int i = 0; i < DAYS.size(); i++) {
            List<OpeningHours.Span> spans = q.hours().week().get(DayOfWeek.of(i + 1));
            hours.put(DAYS.get(i), spans.isEmpty() ? "closed" : spans.stream()
                    .map(sp -> sp.from() + "-" + (sp.to().equals(LocalTime.MIDNIGHT) ? "24:00" : sp.to().toString()))
                    .collect(Collectors.joining(", ")));
        }
        boolean always = hours.values().stream().allMatch("00:00-24:00"::equals);
        Priority priority = switch (q.priorityPolicy()) {
            case PriorityPolicy.Strict x -> new Priority("strict", null, List.of());
            case PriorityPolicy.Interleave x -> new Priority("interleave", x.normalPerPriority(), List.of());
            case PriorityPolicy.Dedicated x -> new Priority("dedicated", null, x.counterIds().stream().sorted().toList());
        };
        return new CentreSettings(s.centre().nameVi(), s.centre().nameEn(), s.centre().address(),
                s.centre().onlineFeeWaiver(), q.dayClock().zone().getId(), q.dayClock().resetAt().toString(), always,
                hours, priority, (int) q.noShowRecallWindow().toMinutes(), (int) q.defaultServiceTime().toMinutes(),
                s.onlineSupportServiceId(),
                s.vneidServiceId().equals(s.onlineSupportServiceId()) ? "" : s.vneidServiceId(),
                q.services().stream().map(x -> new Service(x.id(), x.prefix(), x.nameVi(), x.nameEn(), x.fields()))
                        .toList(),
                q.counters().stream().map(c -> new Counter(c.id(), c.nameVi(), c.nameEn(), c.serviceIds())).toList(),
                new TicketLines(s.ticket().title(), s.ticket().footer()),
                new Voice(voice.before(), voice.counter(), voice.mode().name().toLowerCase(Locale.ROOT), voice.repeat(),
                        voice.chime()));
    }

    /**
     * The YAML tree of centre.yaml: the {@code centre} node and the call-out wording ({@code kiosk.voice}).
     * Missing parts are left out, so the loader names them as problems.
     */
    public Map<String, Object> toYaml() {
        Map<String, Object> c = new LinkedHashMap<>();
        put(c, "name", name);
        put(c, "name-en", nameEn);
        put(c, "address", address);
        c.put("online-fee-waiver", onlineFeeWaiver);
        put(c, "timezone", timezone);
        put(c, "day-reset", dayReset);
        Map<String, Object> h = new LinkedHashMap<>();
        if (alwaysOpen) {
            h.put("always", true);
        } else {
            for (String d : DAYS) {
                String v = hours == null ? null : hours.get(d);
                h.put(d, v == null || v.isBlank() ? "closed" : v.strip());
            }
        }
        c.put("hours", h);
        Map<String, Object> p = new LinkedHashMap<>();
        if (priority != null) {
            put(p, "policy", priority.policy());
            if (priority.normalPerPriority() != null) {
                p.put("normal-per-priority", priority.normalPerPriority());
            }
            if (priority.counters() != null && !priority.counters().isEmpty()) {
                p.put("counters", new ArrayList<>(priority.counters()));
            }
        }
        c.put("priority", p);
        c.put("no-show-recall-minutes", noShowRecallMinutes);
        c.put("default-service-minutes", defaultServiceMinutes);
        put(c, "online-support-service", onlineSupportService);
        put(c, "vneid-service", vneidService);
        List<Object> ss = new ArrayList<>();
        for (Service s : services == null ? List.<Service>of() : services) {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "id", s.id());
            put(m, "prefix", s.prefix() == null ? null : s.prefix().strip().toUpperCase(Locale.ROOT));
            put(m, "name", s.name());
            put(m, "name-en", s.nameEn());
            m.put("fields", s.fields() == null ? List.of() : new ArrayList<>(s.fields()));
            ss.add(m);
        }
        c.put("services", ss);
        List<Object> cs = new ArrayList<>();
        for (Counter k : counters == null ? List.<Counter>of() : counters) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", k.id() == null ? 0 : k.id());
            put(m, "name", k.name());
            put(m, "name-en", k.nameEn());
            m.put("services", k.services() == null ? List.of() : new ArrayList<>(k.services()));
            cs.add(m);
        }
        c.put("counters", cs);
        Map<String, Object> t = new LinkedHashMap<>();
        put(t, "title", ticket == null ? null : ticket.title());
        put(t, "footer", ticket == null ? null : ticket.footer());
        c.put("ticket", t);

        Map<String, Object> v = new LinkedHashMap<>();
        if (voice != null) {
            put(v, "before", voice.before());
            put(v, "counter", voice.counter());
            put(v, "mode", voice.mode());
            if (voice.repeat() != null) {
                v.put("repeat", voice.repeat());
            }
            if (voice.chime() != null) {
                v.put("chime", voice.chime());
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("centre", c);
        root.put("kiosk", Map.of("voice", v));
        return root;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value.strip());
        }
    }
}
