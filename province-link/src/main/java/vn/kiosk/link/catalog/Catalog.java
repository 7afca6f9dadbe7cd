// The loaded procedure catalog with accent- and case-insensitive search.
package vn.kiosk.link.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class Catalog {

    private record Entry(Procedure procedure, String shortName, String name, String all) {
    }

    private record Hit(Procedure procedure, int score, int length) {
    }

    private final int version;
    private final String generated;
    private final List<Field> fields;
    private final Map<String, Procedure> byId = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    public Catalog(int version, String generated, List<Field> fields, List<Procedure> procedures) {
        this.version = version;
        this.generated = generated;
        this.fields = List.copyOf(fields);
        Map<String, String> fieldNames = new LinkedHashMap<>();
        fields.forEach(f -> fieldNames.put(f.code(), f.nameVi() + " " + f.nameEn()));
        for (Procedure p : procedures) {
            byId.put(p.id(), p);
            String shortName = VietnameseFold.fold(p.shortVi());
            String name = VietnameseFold.fold(p.nameVi());
            String all = String.join(" ", shortName, name, VietnameseFold.fold(p.nameEn()),
                    p.nationalCode() == null ? "" : p.nationalCode(), String.join(" ", p.relatedCodes()),
                    VietnameseFold.fold(fieldNames.get(p.fieldCode())), VietnameseFold.fold(p.id()));
            entries.add(new Entry(p, shortName, name, all));
        }
    }

    public int version() {
        return version;
    }

    public String generated() {
        return generated;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<Procedure> procedures() {
        return List.copyOf(byId.values());
    }

    public Optional<Procedure> procedure(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Finds procedures whose names, codes or field contain every word of the query, ignoring accents and
     * case; the whole phrase in the short name ranks first, then in the official name.
     */
    public List<Procedure> search(String query, int limit) {
        String q = VietnameseFold.fold(query);
        if (q.isEmpty()) {
            return List.of();
        }
        String[] words = q.split(" ");
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            boolean all = true;
            for (String w : words) {
                if (!e.all().contains(w)) {
                    all = false;
                    break;
                }
            }
            if (!all) {
                continue;
            }
            int score = e.shortName().equals(q) ? 4 : e.shortName().contains(q) ? 3 : e.name().contains(q) ? 2 : 1;
            hits.add(new Hit(e.procedure(), score, e.shortName().length()));
        }
        // Among equal matches the shortest name is the plainest procedure ("Đăng ký khai sinh" before its variants).
        hits.sort(Comparator.comparingInt(Hit::score).reversed().thenComparingInt(Hit::length));
        return hits.stream().limit(limit).map(Hit::procedure).toList();
    }
}
