// Makes hostile requests for every operation of the served OpenAPI document, from its schemas and a seeded random.
package vn.kiosk.app.support;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;

/**
 * A generator of our own over the spec, not jqwik (removed from the build): a {@link Random} with a fixed seed
 * and a fixed list of cases per operation, so a failure is found again by its case number on every run.
 */
public final class SpecFuzzer {

    /** What a case does wrong; VALID is a request the schema allows, as a baseline for each kind of caller. */
    public enum Kind {
        VALID, MISSING_REQUIRED, EMPTY_OBJECT, EXTRA_FIELDS, WRONG_TYPES, NULLS, HUGE_NUMBERS, NEGATIVE_NUMBERS,
        NUL_BYTES, INVALID_UTF8, DEEP_NESTING, TWO_MEGABYTES, NOT_JSON, NO_BODY
    }

    /** Where a case's damage goes: the body, or the path and query parameters. */
    public enum Target { BODY, PARAMETERS }

    /** One operation of the document: its parameters and, when it takes one, its body's media type and schema. */
    public record Operation(String method, String template, List<Parameter> parameters, String bodyType,
                            Schema<?> bodySchema, boolean secured, boolean bearer) {
        public String name() {
            return method + " " + template;
        }
    }

    /** One request to send. */
    public record Case(Operation operation, Kind kind, Target target, String pathAndQuery, byte[] body,
                       String contentType) {
        public String describe() {
            String b = body == null ? "no body" : body.length > 160
                    ? body.length + " bytes: " + new String(body, 0, 120, StandardCharsets.UTF_8) + "…"
                    : new String(body, StandardCharsets.UTF_8);
            return operation.name() + " [" + kind + " in " + target + "] " + pathAndQuery + " " + b;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int TWO_MB = 2 * 1024 * 1024;

    private final OpenAPI spec;
    private final Random random;

    public SpecFuzzer(OpenAPI spec, long seed) {
        this.spec = spec;
        this.random = new Random(seed);
    }

    /** Every operation of the document but the endless event stream, which no request-and-answer test can read. */
    public List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        spec.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, op) -> {
            boolean stream = op.getResponses().values().stream().anyMatch(r -> r.getContent() != null
                    && r.getContent().containsKey("text/event-stream"));
            if (stream) {
                return;
            }
            List<Parameter> params = new ArrayList<>();
            for (List<Parameter> ps : java.util.Arrays.asList(item.getParameters(), op.getParameters())) {
                if (ps != null) {
                    ps.stream().map(this::resolve).filter(p -> !"header".equals(p.getIn())).forEach(params::add);
                }
            }
            String bodyType = null;
            Schema<?> bodySchema = null;
            RequestBody rb = op.getRequestBody();
            if (rb != null && rb.getContent() != null && !rb.getContent().isEmpty()) {
                Map.Entry<String, MediaType> first = rb.getContent().entrySet().iterator().next();
                bodyType = first.getKey();
                bodySchema = first.getValue().getSchema();
            }
            boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
            boolean bearer = secured && op.getSecurity().stream().anyMatch(r -> r.containsKey("bearer"));
            out.add(new Operation(method.name(), template, params, bodyType, bodySchema, secured, bearer));
        }));
        return out;
    }

    /**
     * The cases for one operation: every kind against its body (when it takes one) and its parameters. A route
     * that takes no body never reads one, so 2 MB go only where a body is read.
     */
    public List<Case> cases(Operation op) {
        List<Case> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (k == Kind.VALID) {
                continue;
            }
            if (op.bodyType() != null) {
                out.add(make(op, k, Target.BODY));
            }
            if (!op.parameters().isEmpty() && paramKind(k)) {
                out.add(make(op, k, Target.PARAMETERS));
            }
        }
        return out;
    }

    /** A request the schema allows, with fresh values each time. */
    public Case valid(Operation op) {
        return make(op, Kind.VALID, Target.BODY);
    }

    private static boolean paramKind(Kind k) {
        return switch (k) {
            case MISSING_REQUIRED, EXTRA_FIELDS, WRONG_TYPES, HUGE_NUMBERS, NEGATIVE_NUMBERS, NUL_BYTES,
                 INVALID_UTF8, DEEP_NESTING, NULLS -> true;
            default -> false;
        };
    }

    private Case make(Operation op, Kind kind, Target target) {
        Kind paramKind = target == Target.PARAMETERS ? kind : Kind.VALID;
        String path = op.template();
        StringBuilder query = new StringBuilder();
        for (Parameter p : op.parameters()) {
            boolean required = Boolean.TRUE.equals(p.getRequired()) || "path".equals(p.getIn());
            if (paramKind == Kind.MISSING_REQUIRED && required && !"path".equals(p.getIn())) {
                continue;
            }
            if (!required && paramKind == Kind.VALID && random.nextInt(3) == 0) {
                continue;
            }
            String value = paramValue(p, paramKind);
            if ("path".equals(p.getIn())) {
                path = path.replace("{" + p.getName() + "}", value.isEmpty() ? "%20" : value);
            } else {
                query.append(query.isEmpty() ? "?" : "&").append(encode(p.getName())).append('=').append(value);
            }
        }
        if (paramKind == Kind.EXTRA_FIELDS) {
            query.append(query.isEmpty() ? "?" : "&").append("zz_extra=1&").append(encode("ü"));
        }
        byte[] body = null;
        String contentType = op.bodyType();
        if (target == Target.BODY) {
            body = body(op, kind);
            if (kind == Kind.NOT_JSON && "application/json".equals(contentType)) {
                contentType = "text/plain";
            }
        } else if (op.bodyType() != null) {
            body = body(op, Kind.VALID);
        }
        if (body != null && contentType == null) {
            contentType = "application/json";
        }
        return new Case(op, kind, target, path + query, body, contentType);
    }

    // ---- parameters ----

    private String paramValue(Parameter p, Kind kind) {
        Schema<?> s = resolve(p.getSchema());
        String type = type(s);
        return switch (kind) {
            case WRONG_TYPES -> type.equals("integer") || type.equals("number") || s.getFormat() != null
                    ? encode("xyz") : "12.5e3";
            case NULLS -> "null";
            case HUGE_NUMBERS -> "99999999999999999999999999";
            case NEGATIVE_NUMBERS -> "-" + (1 + random.nextInt(1_000_000));
            case NUL_BYTES -> "a%00b";
            case INVALID_UTF8 -> "%C3%28%FF%FE";
            case DEEP_NESTING -> "%5B".repeat(2000);
            default -> encode(String.valueOf(text(sample(s, p.getExample(), 0))));
        };
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.textValue() : n.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- bodies ----

    private byte[] body(Operation op, Kind kind) {
        if (kind == Kind.TWO_MEGABYTES) {
            return twoMegabytes(op);
        }
        if (kind == Kind.NO_BODY || op.bodyType() == null) {
            return null;
        }
        if (!"application/json".equals(op.bodyType())) {
            return rawBody(kind);
        }
        JsonNode valid = sample(op.bodySchema(), null, 0);
        return switch (kind) {
            case VALID -> bytes(valid);
            case EMPTY_OBJECT -> "{}".getBytes(StandardCharsets.UTF_8);
            case MISSING_REQUIRED -> bytes(withoutRequired(op.bodySchema(), valid));
            case EXTRA_FIELDS -> bytes(extra(valid));
            case WRONG_TYPES -> bytes(damage(valid, this::wrongType));
            case NULLS -> bytes(damage(valid, v -> NODES.nullNode()));
            case HUGE_NUMBERS -> hugeNumbers(valid);
            case NEGATIVE_NUMBERS -> bytes(damage(valid, v -> v.isNumber()
                    ? NODES.numberNode(-1 - random.nextInt(1_000_000)) : v));
            case NUL_BYTES -> bytes(damage(valid, v -> v.isTextual() || v.isNumber()
                    ? NODES.textNode(text(v) + "\u0000\u0000x") : v));
            case INVALID_UTF8 -> invalidUtf8(valid);
            case DEEP_NESTING -> deep(valid);
            case NOT_JSON -> rawBody(kind);
            default -> throw new IllegalStateException(kind.name());
        };
    }

    private byte[] rawBody(Kind kind) {
        return switch (kind) {
            case VALID, EMPTY_OBJECT, MISSING_REQUIRED -> "x: 1\n".getBytes(StandardCharsets.UTF_8);
            case NUL_BYTES -> new byte[]{0, 0, 'a', 0};
            case INVALID_UTF8 -> new byte[]{(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, 'a'};
            case DEEP_NESTING -> ("a:\n" + "  - ".repeat(1) + "[".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] b = new byte[1 + random.nextInt(4096)];
                random.nextBytes(b);
                yield b;
            }
        };
    }

    private byte[] twoMegabytes(Operation op) {
        if (!"application/json".equals(op.bodyType())) {
            byte[] b = new byte[TWO_MB];
            random.nextBytes(b);
            return b;
        }
        JsonNode valid = sample(op.bodySchema(), null, 0);
        ObjectNode o = valid.isObject() ? (ObjectNode) valid.deepCopy() : NODES.objectNode();
        o.put(o.isEmpty() ? "padding" : o.fieldNames().next(), "ạ".repeat(TWO_MB / 3));
        return bytes(o);
    }

    private JsonNode withoutRequired(Schema<?> schema, JsonNode valid) {
        Schema<?> s = resolve(schema);
        if (!valid.isObject()) {
            return NODES.objectNode();
        }
        ObjectNode o = valid.deepCopy();
        List<String> required = s.getRequired() == null ? List.of() : s.getRequired();
        if (required.isEmpty()) {
            o.removeAll();
        } else {
            o.remove(required.get(random.nextInt(required.size())));
        }
        return o;
    }

    private JsonNode extra(JsonNode valid) {
        ObjectNode o = valid.isObject() ? valid.deepCopy() : NODES.objectNode();
        o.put("zz_unknown_" + random.nextInt(1000), "x");
        o.set("__proto__", NODES.objectNode().put("admin", true));
        o.set("roles", NODES.arrayNode().add("TECHNICIAN").add("KING"));
        return o;
    }

    private JsonNode wrongType(JsonNode v) {
        if (v.isTextual()) {
            return random.nextBoolean() ? NODES.numberNode(42) : NODES.arrayNode().add(v);
        }
        if (v.isNumber()) {
            return random.nextBoolean() ? NODES.textNode("bốn mươi hai") : NODES.booleanNode(true);
        }
        if (v.isBoolean()) {
            return NODES.textNode("yes");
        }
        if (v.isArray()) {
            return NODES.objectNode().put("0", "x");
        }
        if (v.isObject()) {
            return NODES.arrayNode().add(1);
        }
        return NODES.numberNode(0);
    }

    /**
     * Half the time every field is damaged, half the time one field only: a request wrong everywhere is refused
     * at its first field, one wrong in one place gets past the others to the checks behind them.
     */
    private JsonNode damage(JsonNode valid, java.util.function.UnaryOperator<JsonNode> f) {
        if (random.nextBoolean() || !valid.isObject() || valid.isEmpty()) {
            return eachField(valid, f);
        }
        ObjectNode o = valid.deepCopy();
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        JsonNode child = o.get(name);
        o.set(name, child.isObject() && !child.isEmpty() ? damage(child, f) : f.apply(child));
        return o;
    }

    /** Applies f to every field of an object (recursively into objects and arrays), or to the value itself. */
    private JsonNode eachField(JsonNode v, java.util.function.UnaryOperator<JsonNode> f) {
        if (v.isObject()) {
            ObjectNode o = NODES.objectNode();
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode child = e.getValue();
                o.set(e.getKey(), child.isContainerNode() && random.nextBoolean() ? eachField(child, f) : f.apply(child));
            }
            return o;
        }
        if (v.isArray()) {
            ArrayNode a = NODES.arrayNode();
            v.forEach(c -> a.add(c.isContainerNode() ? eachField(c, f) : f.apply(c)));
            return a;
        }
        return f.apply(v);
    }

    /** Numbers past every Java type, written as raw JSON tokens. */
    private byte[] hugeNumbers(JsonNode valid) {
        String[] huge = {"1e400", "-1e400", "99999999999999999999999999999", "9223372036854775808", "2147483648",
            "-2147483649", "1.7976931348623157E309", "0.0000000000000000000000000001"};
        String text = bytesText(damage(valid, v -> v.isNumber() || v.isTextual()
                ? NODES.textNode("§HUGE§") : v));
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int i = text.indexOf("\"§HUGE§\""); i >= 0; i = text.indexOf("\"§HUGE§\"", at)) {
            sb.append(text, at, i).append(huge[random.nextInt(huge.length)]);
            at = i + "\"§HUGE§\"".length();
        }
        sb.append(text.substring(at));
        String out = sb.toString();
        if (out.equals(text) && !valid.isObject()) {
            out = huge[random.nextInt(huge.length)];
        }
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that are no UTF-8 at all inside a string value (a lone continuation byte, an overlong NUL, 0xFF). */
    private byte[] invalidUtf8(JsonNode valid) {
        String text = bytesText(damage(valid, v -> v.isTextual() || v.isNumber() ? NODES.textNode("§BAD§") : v));
        byte[] bad = {(byte) 0x80, (byte) 0xC0, (byte) 0x80, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = text.split("§BAD§", -1);
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
            if (i < parts.length - 1) {
                out.writeBytes(bad);
            }
        }
        if (parts.length == 1) {
            out.writeBytes(new byte[]{' '});
            out.writeBytes(bad);
        }
        return out.toByteArray();
    }

    /** A value nested far deeper than any schema allows, in the first field (or as the whole body). */
    private byte[] deep(JsonNode valid) {
        int depth = 5_000 + random.nextInt(20_000);
        String nest = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        if (!valid.isObject() || valid.isEmpty()) {
            return nest.getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode o = valid.deepCopy();
        String field = o.fieldNames().next();
        o.put(field, "§DEEP§");
        return bytesText(o).replace("\"§DEEP§\"", nest).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(JsonNode n) {
        return bytesText(n).getBytes(StandardCharsets.UTF_8);
    }

    private static String bytesText(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- values the schema allows ----

    /** A value of the schema: its example or enum when it has one, else one made within its bounds. */
    public JsonNode sample(Schema<?> schema, Object example, int depth) {
        Schema<?> s = resolve(schema);
        if (s == null) {
            return NODES.textNode("x");
        }
        Object ex = example != null ? example : s.getExample();
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            Object e = s.getEnum().get(random.nextInt(s.getEnum().size()));
            return e == null ? NODES.nullNode() : JSON.valueToTree(e);
        }
        if (ex != null && random.nextInt(4) != 0) {
            return JSON.valueToTree(ex);
        }
        List<Schema> choices = s.getOneOf() != null ? s.getOneOf() : s.getAnyOf();
        if (choices != null && !choices.isEmpty()) {
            return sample(choices.get(random.nextInt(choices.size())), null, depth + 1);
        }
        if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
            ObjectNode merged = NODES.objectNode();
            for (Schema<?> part : s.getAllOf()) {
                JsonNode v = sample(part, null, depth + 1);
                if (v.isObject()) {
                    merged.setAll((ObjectNode) v);
                }
            }
            return merged;
        }
        return switch (type(s)) {
            case "integer" -> NODES.numberNode(between(s, 1, 5));
            case "number" -> NODES.numberNode(between(s, 1, 5) + 0.5);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                int n = depth > 3 ? 0 : Math.max(s.getMinItems() == null ? 0 : s.getMinItems(), random.nextInt(3));
                for (int i = 0; i < n; i++) {
                    a.add(sample(s.getItems(), null, depth + 1));
                }
                yield a;
            }
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                Map<String, Schema> props = s.getProperties() == null ? Map.of() : s.getProperties();
                List<String> required = s.getRequired() == null ? List.of() : s.getRequired();
                for (Map.Entry<String, Schema> p : new LinkedHashMap<>(props).entrySet()) {
                    if (depth < 4 && (required.contains(p.getKey()) || random.nextBoolean())) {
                        o.set(p.getKey(), sample(p.getValue(), null, depth + 1));
                    }
                }
                yield o;
            }
            default -> NODES.textNode(string(s));
        };
    }

    private long between(Schema<?> s, long lo, long hi) {
        long min = s.getMinimum() == null ? lo : s.getMinimum().longValue();
        long max = s.getMaximum() == null ? Math.max(min, hi) : s.getMaximum().longValue();
        return min + (max > min ? Math.floorMod(random.nextLong(), Math.min(max - min + 1, 1000)) : 0);
    }

    private String string(Schema<?> s) {
        String format = s.getFormat() == null ? "" : s.getFormat().toLowerCase(Locale.ROOT);
        return switch (format) {
            case "date" -> "2026-11-" + (10 + random.nextInt(18));
            case "date-time" -> "2026-11-23T0" + random.nextInt(10) + ":15:00Z";
            case "uri", "url" -> "http://kiosk.local/x";
            default -> {
                String[] words = {"civil", "land", "TH12-15", "A015", "Đăng ký khai sinh", "x", "admin-x", "1"};
                String w = words[random.nextInt(words.length)];
                int min = s.getMinLength() == null ? 0 : s.getMinLength();
                yield w.length() >= min ? w : w + "a".repeat(min - w.length());
            }
        };
    }

    private static String type(Schema<?> s) {
        if (s.getType() != null) {
            return s.getType();
        }
        if (s.getTypes() != null && !s.getTypes().isEmpty()) {
            return s.getTypes().stream().filter(t -> !t.equals("null")).findFirst().orElse("string");
        }
        if (s.getProperties() != null) {
            return "object";
        }
        return s.getItems() != null ? "array" : "string";
    }

    // ---- references ----

    @SuppressWarnings("rawtypes")
    private Schema resolve(Schema s) {
        int hops = 0;
        while (s != null && s.get$ref() != null && hops++ < 10) {
            s = spec.getComponents().getSchemas().get(last(s.get$ref()));
        }
        return s;
    }

    private Parameter resolve(Parameter p) {
        return p.get$ref() == null ? p : spec.getComponents().getParameters().get(last(p.get$ref()));
    }

    private static String last(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
