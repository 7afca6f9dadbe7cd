// One commune's settings as the province sets them: a short allow-list, each locked or open to a local change.
package vn.kiosk.link.push;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kiosk.link.Topics;

/**
 * Only settings a province decides by its own rules are here, each a key of the kiosk's centre.yaml so the kiosk
 * checks and applies it exactly as a technician's change: the fee waiver (the province council's resolution),
 * the opening hours (the province's working-hours decision), the priority policy and the no-show recall window
 * (the province's service rules). Everything that is the commune's own (its name, services, counters, the
 * addresses phones and displays use) is not, and a push naming it is refused whole. The payload names its
 * centre, because the signature does not cover the topic: a copy moved to another commune's topic is refused.
 *
 * @param centre   the one commune this override is for
 * @param settings by centre.yaml key, in the order given
 */
public record SettingsOverride(String centre, Map<String, Setting> settings) {

    /**
     * @param value  the setting's value as centre.yaml holds it (a boolean, a number, or a small object)
     * @param locked true: the commune cannot change it; false: a technician's local change wins over it
     */
    public record Setting(JsonNode value, boolean locked) {
    }

    public static final String FEE_WAIVER = "online-fee-waiver";
    public static final String HOURS = "hours";
    public static final String PRIORITY = "priority";
    public static final String RECALL = "no-show-recall-minutes";
    /** Every setting a province may set, in the order /tech lists them. */
    public static final List<String> ALLOWED = List.of(FEE_WAIVER, HOURS, PRIORITY, RECALL);

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Pattern SPANS = Pattern.compile(
            "closed|\\d{2}:\\d{2}-\\d{2}:\\d{2}(\\s*,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2}){0,3}");
    private static final int MAX_RECALL_MINUTES = 240;
    private static final int MAX_NORMAL_PER_PRIORITY = 20;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build());
    }

    public SettingsOverride {
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The JSON a push carries. */
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("centre", centre);
        ObjectNode s = root.putObject("settings");
        settings.forEach((k, v) -> s.putObject(k).put("locked", v.locked()).set("value", v.value()));
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }

    /** Reads and checks an override: its centre, only allowed settings, each with a value of its shape. */
    public static SettingsOverride parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new InvalidContent(List.of("not JSON: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidContent(List.of("not an override object {\"centre\": ..., \"settings\": {...}}"));
        }
        List<String> problems = new ArrayList<>();
        root.fieldNames().forEachRemaining(f -> {
            if (!f.equals("centre") && !f.equals("settings")) {
                problems.add("unknown field " + f + ": an override holds centre and settings");
            }
        });
        JsonNode centre = root.get("centre");
        if (centre == null || !centre.isTextual() || !Topics.CENTRE_ID.matcher(centre.asText()).matches()) {
            problems.add("centre: a centre id (lower-case letters, digits and dashes)");
        }
        JsonNode s = root.get("settings");
        Map<String, Setting> out = new LinkedHashMap<>();
        if (s == null || !s.isObject()) {
            problems.add("settings: an object of setting name to {\"value\": ..., \"locked\": true|false}");
        } else {
            s.fields().forEachRemaining(e -> {
                Setting setting = setting(e.getKey(), e.getValue(), problems);
                if (setting != null) {
                    out.put(e.getKey(), setting);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidContent(problems);
        }
        return new SettingsOverride(centre.asText(), out);
    }

    private static Setting setting(String key, JsonNode node, List<String> problems) {
        if (!ALLOWED.contains(key)) {
            problems.add(key + ": not a setting the province sets (only " + String.join(", ", ALLOWED) + ")");
            return null;
        }
        if (node == null || !node.isObject() || node.size() != 2 || !node.has("value") || node.get("locked") == null
                || !node.get("locked").isBoolean()) {
            problems.add(key + ": {\"value\": ..., \"locked\": true|false}");
            return null;
        }
        JsonNode v = node.get("value");
        String problem = switch (key) {
            case FEE_WAIVER -> v.isBoolean() ? null : "true or false";
            case RECALL -> v.isIntegralNumber() && v.asLong() >= 0 && v.asLong() <= MAX_RECALL_MINUTES ? null
                    : "minutes from 0 to " + MAX_RECALL_MINUTES;
            case HOURS -> hours(v);
            case PRIORITY -> priority(v);
            default -> "not a setting the province sets";
        };
        if (problem != null) {
            problems.add(key + ": " + problem);
            return null;
        }
        return new Setting(v.deepCopy(), node.get("locked").asBoolean());
    }

    private static String hours(JsonNode v) {
        if (!v.isObject()) {
            return "{\"always\": true} or every day mon … sun as \"07:30-11:30, 13:30-17:00\" or \"closed\"";
        }
        if (v.size() == 1 && v.has("always")) {
            return v.get("always").isBoolean() && v.get("always").asBoolean() ? null : "always must be true";
        }
        for (String d : DAYS) {
            JsonNode day = v.get(d);
            if (day == null || !day.isTextual() || !SPANS.matcher(day.asText().strip()).matches()) {
                return d + ": \"07:30-11:30, 13:30-17:00\" or \"closed\"";
            }
        }
        return v.size() == DAYS.size() ? null : "only the days mon … sun";
    }

    private static String priority(JsonNode v) {
        // A dedicated priority counter names the commune's own counters: that choice stays the commune's.
        if (!v.isObject() || v.get("policy") == null || !v.get("policy").isTextual()) {
            return "{\"policy\": \"strict\"} or {\"policy\": \"interleave\", \"normal-per-priority\": N}";
        }
        String policy = v.get("policy").asText();
        if (policy.equals("strict")) {
            return v.size() == 1 ? null : "strict takes no other field";
        }
        if (policy.equals("interleave")) {
            JsonNode n = v.get("normal-per-priority");
            return v.size() == 2 && n != null && n.isIntegralNumber() && n.asInt() >= 1
                    && n.asInt() <= MAX_NORMAL_PER_PRIORITY ? null
                    : "interleave takes normal-per-priority from 1 to " + MAX_NORMAL_PER_PRIORITY;
        }
        return "policy strict or interleave (a dedicated counter is the commune's own choice)";
    }
}
