// What a new catalog changes against the one in force: procedures added, removed, and changed field by field.
package vn.kiosk.hub.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Procedures are matched by id. An empty text, an empty list and a missing key are the same "nothing", so a key
 * an older catalog lacks (portal_url_province) is no change until the sheet fills it. The catalog's fields and
 * notes come from the one in force and cannot differ.
 */
public record CatalogDiff(Counts counts, List<Entry> added, List<Entry> removed, List<Changed> changed) {

    public record Counts(int added, int removed, int changed, int unchanged, int procedures) {
    }

    /** A procedure added or removed, by its id and names. */
    public record Entry(String id, String shortVi, String nameVi) {
    }

    public record Changed(String id, String shortVi, String nameVi, List<FieldChange> fields) {
    }

    /** One key of a procedure, before and after, as the catalog JSON has them. */
    public record FieldChange(String field, JsonNode before, JsonNode after) {
    }

    public static CatalogDiff of(JsonNode inForce, JsonNode draft) {
        Map<String, JsonNode> before = byId(inForce);
        Map<String, JsonNode> after = byId(draft);
        List<Entry> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        int unchanged = 0;
        for (JsonNode p : after.values()) {
            JsonNode was = before.get(p.path("id").asText());
            if (was == null) {
                added.add(entry(p));
                continue;
            }
            List<FieldChange> fields = changes(was, p);
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new Changed(p.path("id").asText(), text(p, "short_vi"), text(p, "name_vi"), fields));
            }
        }
        List<Entry> removed = before.values().stream().filter(p -> !after.containsKey(p.path("id").asText()))
                .map(CatalogDiff::entry).toList();
        return new CatalogDiff(new Counts(added.size(), removed.size(), changed.size(), unchanged, after.size()),
                added, removed, changed);
    }

    public boolean empty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static List<FieldChange> changes(JsonNode was, JsonNode now) {
        Set<String> keys = new LinkedHashSet<>();
        for (SheetColumn c : SheetColumn.values()) {
            keys.add(c.header);
        }
        was.fieldNames().forEachRemaining(keys::add);
        now.fieldNames().forEachRemaining(keys::add);
        List<FieldChange> out = new ArrayList<>();
        for (String k : keys) {
            JsonNode a = nothingAsNull(was.get(k));
            JsonNode b = nothingAsNull(now.get(k));
            if (!a.equals(b)) {
                out.add(new FieldChange(k, a, b));
            }
        }
        return out;
    }

    private static JsonNode nothingAsNull(JsonNode v) {
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty()) || (v.isArray() && v.isEmpty())) {
            return NullNode.getInstance();
        }
        return v;
    }

    private static Map<String, JsonNode> byId(JsonNode catalog) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        catalog.path("procedures").forEach(p -> out.putIfAbsent(p.path("id").asText(), p));
        return out;
    }

    private static Entry entry(JsonNode p) {
        return new Entry(p.path("id").asText(), text(p, "short_vi"), text(p, "name_vi"));
    }

    private static String text(JsonNode p, String key) {
        JsonNode v = p.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
