// The drill's province catalog: the 67 shipped procedures and numbered copies of them, up to 400, all distinct.
package vn.kiosk.provincedrill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A province's catalog is several hundred procedures; the shipped one holds the 67 of one commune centre. The
 * copies keep their original's field, so every one is served by a counter of the drill's centre, and differ from
 * it in id, national code and names, so the catalog check (duplicates, the 40-character short name, the code's
 * N.NNNNNN form, NFC) sees a catalog of that size and not the same entries again. Copy codes start with 9, a
 * first digit no national code uses.
 */
final class DrillCatalog {

    static final int SIZE = 400;
    private static final int SHORT_MAX = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DrillCatalog() {
    }

    /** The shipped catalog with copies up to size procedures, as the JSON a province admin publishes. */
    static byte[] of(Path shipped, int size) {
        try {
            ObjectNode catalog = (ObjectNode) JSON.readTree(shipped.toFile());
            List<JsonNode> originals = new ArrayList<>();
            catalog.get("procedures").forEach(originals::add);
            ArrayNode all = JSON.createArrayNode();
            originals.forEach(all::add);
            int copy = 0;
            while (all.size() < size) {
                JsonNode original = originals.get(copy % originals.size());
                int round = copy / originals.size() + 2;
                all.add(copyOf((ObjectNode) original, round, copy, originals.size()));
                copy++;
            }
            catalog.set("procedures", all);
            catalog.put("generated", "province drill: " + size + " procedures from the shipped " + originals.size());
            return JSON.writeValueAsBytes(catalog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode copyOf(ObjectNode original, int round, int serial, int shipped) {
        ObjectNode p = original.deepCopy();
        // Numbered by place in the catalog, not by round: a few shipped procedures share a name.
        int place = shipped + serial + 1;
        String suffix = " (" + place + ")";
        p.put("id", original.get("id").asText() + "-" + round);
        p.put("name_vi", original.get("name_vi").asText() + " – bản " + place);
        p.put("name_en", original.get("name_en").asText() + " – copy " + place);
        String shortVi = original.get("short_vi").asText();
        p.put("short_vi", shortVi.substring(0, Math.min(shortVi.length(), SHORT_MAX - suffix.length())).strip() + suffix);
        if (original.hasNonNull("national_code")) {
            p.put("national_code", String.format("9.%06d", serial + 1));
        }
        return p;
    }
}
