// centre.yaml bound to CentreSettings by Jackson's YAML module, both ways: read (file, text or the start's
// configuration), written by /tech, and as a tree for the province's settings laid over it.
package vn.kiosk.app.centre;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

import io.helidon.config.Config;

/**
 * The file is the records under kebab-case names with two keys placed as a technician reads them: the always-open
 * flag inside {@code centre.hours} ({@code always: true}), and the call-out beside the centre, at
 * {@code kiosk.voice}. Only those two sections are bound; anything else in the file is left to the server's own
 * configuration, which reads it over application.yaml. Within them an unknown key, a value of the wrong type or
 * text that is not YAML is refused with the key named, as every other problem of the set-up is.
 *
 * <p>What is written is the settings in force in a fixed order under {@link #HEADER}: a hand-edited file's comments
 * and own order are not kept (as before Jackson), and a value left out is written with its default.
 */
public final class CentreYaml {

    static final String HEADER = "# The centre's set-up: services, counters, hours, priority and wording.\n"
            + "# Written by the technician's page (/tech); it may also be edited by hand. The server checks it at\n"
            + "# start and on every change from the page. Settings in application.yaml override the same keys here.\n";

    /** What a file that leaves these out means; the other keys' defaults are CentreChecks'. */
    private static final String DEFAULTS = "online-fee-waiver: false\nno-show-recall-minutes: 30\n"
            + "default-service-minutes: 8\n";
    /** The record's names for what the file keeps elsewhere; never keys of the file's centre: section. */
    private static final String ALWAYS_OPEN = "always-open";
    private static final String VOICE = "voice";

    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .stringQuotingChecker(new TimesQuoted()).build())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES, YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
                    YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            // A value of 7.5 minutes or an unknown key is a mistake to name, never to round or drop silently.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // The start's configuration gives a one-element list as a plain value (centre.priority.counters=5).
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // What is not set is left out; empty text and lists are written, so what is read back is the same.
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private CentreYaml() {
    }

    /** centre.yaml text; throws {@link SetupException} when it is not YAML, has no centre: or does not bind. */
    public static CentreSettings read(String yamlText) {
        return fromTree(tree(yamlText));
    }

    /** The start's configuration (centre.yaml under application.yaml and the overrides): its centre and voice. */
    public static CentreSettings read(Config config) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        put(root, "centre", node(config.get("centre")));
        put(root.putObject("kiosk"), VOICE, node(config.get("kiosk.voice")));
        return fromTree(root);
    }

    /** The file's tree of some centre.yaml text, as written (the province's values are laid over it by key). */
    public static ObjectNode tree(String yamlText) {
        JsonNode root;
        try {
            root = YAML.readTree(yamlText);
        } catch (JsonProcessingException e) {
            throw new SetupException(List.of("the file is not YAML"));
        }
        if (root == null || !root.isObject()) {
            throw new SetupException(List.of("the file has no centre: section"));
        }
        return (ObjectNode) root;
    }

    /** The file's tree of settings, as {@link #write} writes them. */
    public static ObjectNode tree(CentreSettings settings) {
        ObjectNode centre = YAML.valueToTree(settings);
        JsonNode voice = centre.remove(VOICE);
        JsonNode always = centre.remove(ALWAYS_OPEN);
        if (always != null && always.asBoolean()) {
            centre.putObject("hours").put("always", true);
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("centre", centre);
        put(root.putObject("kiosk"), VOICE, voice);
        return root;
    }

    /** The settings of a file's tree; throws {@link SetupException} naming what does not bind. */
    public static CentreSettings fromTree(ObjectNode root) {
        if (!(root.get("centre") instanceof ObjectNode file)) {
            throw new SetupException(List.of("the file has no centre: section"));
        }
        List<String> problems = new ArrayList<>();
        ObjectNode centre = (ObjectNode) defaults();
        file.fields().forEachRemaining(e -> centre.set(e.getKey(), e.getValue()));
        for (String own : List.of(ALWAYS_OPEN, VOICE)) {
            if (centre.remove(own) != null) {
                problems.add("centre." + own + ": not a setting of centre.yaml");
            }
        }
        boolean alwaysOpen = false;
        if (centre.get("hours") instanceof ObjectNode hours) {
            ObjectNode days = hours.deepCopy();
            JsonNode always = days.remove("always");
            alwaysOpen = always != null && always.asBoolean();
            centre.set("hours", days);
        }
        centre.put(ALWAYS_OPEN, alwaysOpen);
        put(centre, VOICE, root.path("kiosk").get(VOICE));
        CentreSettings settings = null;
        try {
            settings = YAML.readerFor(CentreSettings.class).withHandler(new Unknown(problems)).readValue(centre);
        } catch (JsonMappingException e) {
            problems.add(where(e) + ": " + expected(e));
        } catch (IOException e) {
            problems.add("the file is not YAML");
        }
        if (!problems.isEmpty()) {
            throw new SetupException(problems);
        }
        return settings;
    }

    /** The text of centre.yaml for these settings. */
    public static String write(CentreSettings settings) {
        try {
            return HEADER + YAML.writeValueAsString(tree(settings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of text, numbers and lists always writes", e);
        }
    }

    private static JsonNode defaults() {
        try {
            return YAML.readTree(DEFAULTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the defaults are YAML", e);
        }
    }

    /** A configuration node as a tree: each value is its text, which binding reads as the field's type. */
    private static JsonNode node(Config c) {
        switch (c.type()) {
            case VALUE:
                return JsonNodeFactory.instance.textNode(c.asString().get());
            case OBJECT:
            case LIST: {
                List<Config> children = c.asNodeList().orElse(List.of());
                if (children.isEmpty()) {
                    return null;
                }
                // Keys 0, 1, … are a list, however the source wrote it (centre.services.0.id=civil).
                if (c.type() == Config.Type.LIST || children.stream().allMatch(x -> x.name().matches("\\d+"))) {
                    ArrayNode list = JsonNodeFactory.instance.arrayNode();
                    children.stream().sorted(java.util.Comparator.comparingInt(x -> Integer.parseInt(x.name())))
                            .forEach(x -> list.add(node(x)));
                    return list;
                }
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                children.forEach(x -> put(object, x.name(), node(x)));
                return object;
            }
            default:
                return null;
        }
    }

    private static void put(ObjectNode into, String key, JsonNode value) {
        if (value != null && !value.isMissingNode()) {
            into.set(key, value);
        }
    }

    /** The key as the file has it: centre.services.0.prefix, kiosk.voice.repeat. */
    private static String where(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            String part = r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex());
            if (out.isEmpty()) {
                out.append(part.equals(VOICE) ? "kiosk.voice" : "centre." + part);
            } else {
                out.append('.').append(part);
            }
        }
        return out.isEmpty() ? "centre" : out.toString();
    }

    private static String expected(JsonMappingException e) {
        Class<?> type = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
                ? m.getTargetType() : null;
        if (type == null) {
            return "not a value of the right kind";
        }
        if (type == int.class || type == Integer.class) {
            return "must be a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return "must be a section of keys";
    }

    /**
     * Quotes a time (13:45) and a span (13:30-17:00) too: the start reads centre.yaml as YAML 1.1, where an
     * unquoted 13:45 is the number 825 (base 60).
     */
    private static final class TimesQuoted extends StringQuotingChecker.Default {
        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || value.matches("[0-9:., +-]+");
        }
    }

    /** Names every unknown key, not only the first, and reads on. */
    private static final class Unknown extends DeserializationProblemHandler {
        private final List<String> problems;

        Unknown(List<String> problems) {
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            List<String> path = new ArrayList<>();
            for (JsonStreamContext c = p.getParsingContext().getParent(); c != null && !c.inRoot(); c = c.getParent()) {
                path.addFirst(c.inArray() ? String.valueOf(c.getCurrentIndex()) : c.getCurrentName());
            }
            String top = path.isEmpty() ? "" : path.getFirst();
            String prefix = top.equals(VOICE) ? "kiosk." : "centre.";
            path.add(propertyName);
            problems.add(prefix + String.join(".", path) + ": not a setting of centre.yaml");
            p.skipChildren();
            return true;
        }
    }
}
