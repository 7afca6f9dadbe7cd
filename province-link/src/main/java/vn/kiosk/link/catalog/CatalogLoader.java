// Reads procedures.json and checks it thoroughly, so a bad file stops start-up with clear reasons.
package vn.kiosk.link.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

public final class CatalogLoader {

    private static final Pattern NATIONAL_CODE = Pattern.compile("\\d\\.\\d{6}");
    private static final Set<String> ONLINE = Set.of("full", "partial", "none");
    private static final Set<String> LEVELS = Set.of("commune", "province");
    /** The card's short name fits this many characters; a longer one would be cut on the screen. */
    public static final int SHORT_NAME_MAX = 40;
    private static final int DOCUMENTS_MAX = 12;

    private final ObjectMapper mapper = new ObjectMapper();

    public Catalog load(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new CatalogException(file.toString(), List.of("cannot read the file: " + e.getMessage()));
        }
    }

    public Catalog parse(byte[] json, String source) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (IOException e) {
            throw new CatalogException(source, List.of("not valid JSON: " + e.getMessage().lines().findFirst().orElse("")));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new CatalogException(source, List.of("the top level must be a JSON object"));
        }
        if (root.path("version").asInt(-1) != 1) {
            problems.add("version must be 1");
        }
        List<Field> fields = new ArrayList<>();
        Set<String> fieldCodes = new HashSet<>();
        for (JsonNode f : array(root, "fields", problems)) {
            String code = text(f, "code");
            if (code == null || code.isBlank()) {
                problems.add("a field has no code");
                continue;
            }
            if (!fieldCodes.add(code)) {
                problems.add("field " + code + " appears twice");
            }
            String nameVi = text(f, "name_vi");
            if (nameVi == null || nameVi.isBlank()) {
                problems.add("field " + code + " has no name_vi");
            }
            fields.add(new Field(code, nameVi, text(f, "name_en"), text(f, "icon_hint")));
        }
        List<Procedure> procedures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode p : array(root, "procedures", problems)) {
            Procedure proc = procedure(p);
            String where = "procedure " + (proc.id() == null ? "(no id)" : proc.id());
            if (proc.id() == null || proc.id().isBlank()) {
                problems.add("a procedure has no id");
                continue;
            }
            if (!ids.add(proc.id())) {
                problems.add(where + " appears twice");
            }
            check(problems, where, proc, fieldCodes);
            checkCitizenTexts(problems, where, proc);
            checkCuratorNotes(problems, where, p.get("curator_notes"));
            procedures.add(proc);
        }
        if (procedures.isEmpty()) {
            problems.add("there are no procedures");
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(source, problems);
        }
        return new Catalog(root.path("version").asInt(), text(root, "generated"), fields, procedures);
    }

    private static void check(List<String> problems, String where, Procedure p, Set<String> fieldCodes) {
        if (!fieldCodes.contains(p.fieldCode())) {
            problems.add(where + ": unknown field_code " + p.fieldCode());
        }
        requireText(problems, where, "name_vi", p.nameVi());
        requireText(problems, where, "short_vi", p.shortVi());
        if (p.shortVi() != null && p.shortVi().length() > SHORT_NAME_MAX) {
            problems.add(where + ": short_vi is longer than " + SHORT_NAME_MAX + " characters");
        }
        // Set.of refuses to look up null: a procedure without the key is a problem to report, not a crash.
        if (p.online() == null || !ONLINE.contains(p.online())) {
            problems.add(where + ": online must be full, partial or none, not " + p.online());
        }
        if (p.level() == null || !LEVELS.contains(p.level())) {
            problems.add(where + ": level must be commune or province, not " + p.level());
        }
        if (p.fullProcessDirective24() && !"full".equals(p.online())) {
            problems.add(where + ": a Directive 24 service must be online \"full\"");
        }
        if (p.nationalCode() != null && !NATIONAL_CODE.matcher(p.nationalCode()).matches()) {
            problems.add(where + ": national_code " + p.nationalCode() + " is not of the form N.NNNNNN");
        }
        if (!httpsLink(p.portalUrl())) {
            problems.add(where + ": portal_url must be an https link");
        }
        if (p.portalUrlProvince() != null && !httpsLink(p.portalUrlProvince())) {
            problems.add(where + ": portal_url_province must be an https link");
        }
        if (p.feeWaiverResolution() != null && (p.feeWaiverResolution().isBlank() || !p.feeExemptOnlineThanhHoa())) {
            problems.add(where + ": fee_waiver_resolution names the resolution of a fee waiver, so "
                    + "fee_exempt_online_thanh_hoa must be true and the resolution not blank");
        }
        if (p.documentsVi().size() > DOCUMENTS_MAX) {
            problems.add(where + ": more than " + DOCUMENTS_MAX + " documents");
        }
        for (String text : new String[] {p.nameVi(), p.shortVi(), p.feeNoteVi(), p.processingTimeVi(),
                p.feeWaiverResolution()}) {
            if (text != null && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                problems.add(where + ": text is not in Unicode NFC: " + text);
            }
        }
        for (String doc : p.documentsVi()) {
            if (!Normalizer.isNormalized(doc, Normalizer.Form.NFC)) {
                problems.add(where + ": a document is not in Unicode NFC");
            }
        }
    }

    /** Every text the card, the guide and the API show a citizen must be whole and free of curator notes. */
    private static void checkCitizenTexts(List<String> problems, String where, Procedure p) {
        String[][] named = {{"name_vi", p.nameVi()}, {"short_vi", p.shortVi()}, {"name_en", p.nameEn()},
                {"processing_time_vi", p.processingTimeVi()}, {"fee_note_vi", p.feeNoteVi()}};
        for (String[] n : named) {
            CitizenTexts.problem(where + ": " + n[0], n[1]).ifPresent(problems::add);
        }
        for (int i = 0; i < p.documentsVi().size(); i++) {
            CitizenTexts.problem(where + ": documents_vi[" + i + "]", p.documentsVi().get(i)).ifPresent(problems::add);
        }
    }

    /**
     * The curators' notes are kept in the file for the next curator, and read here only to be checked: the
     * procedure record does not carry them, so no answer, page or paper can show them to a citizen.
     */
    private static void checkCuratorNotes(List<String> problems, String where, JsonNode notes) {
        if (notes == null || notes.isNull()) {
            return;
        }
        if (!notes.isArray()) {
            problems.add(where + ": curator_notes must be a list of texts");
            return;
        }
        for (JsonNode n : notes) {
            if (!n.isTextual()) {
                problems.add(where + ": curator_notes must be a list of texts");
            } else if (!Normalizer.isNormalized(n.asText(), Normalizer.Form.NFC)) {
                problems.add(where + ": a curator note is not in Unicode NFC");
            }
        }
    }

    /** An https address with a host, as a QR code or a link on the hub's page can open. */
    public static boolean httpsLink(String url) {
        if (url == null || !url.startsWith("https://") || url.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            String host = new java.net.URI(url).getHost();
            return host != null && !host.isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void requireText(List<String> problems, String where, String name, String value) {
        if (value == null || value.isBlank()) {
            problems.add(where + ": " + name + " is missing");
        }
    }

    private static Procedure procedure(JsonNode p) {
        return new Procedure(text(p, "id"),
                p.hasNonNull("seed_item") ? p.get("seed_item").asInt() : null,
                text(p, "field_code"), text(p, "name_vi"), text(p, "short_vi"), text(p, "name_en"),
                text(p, "national_code"), strings(p, "related_codes"), text(p, "code_confidence"), text(p, "level"),
                text(p, "online"), p.path("fee_exempt_online_thanh_hoa").asBoolean(false),
                p.path("full_process_directive_24").asBoolean(false), text(p, "portal_url"),
                strings(p, "documents_vi"), text(p, "processing_time_vi"),
                p.hasNonNull("processing_days") ? p.get("processing_days").asInt() : null,
                text(p, "fee_note_vi"), strings(p, "legal_basis"), text(p, "portal_url_province"),
                text(p, "fee_waiver_resolution"));
    }

    private static Iterable<JsonNode> array(JsonNode root, String name, List<String> problems) {
        JsonNode n = root.get(name);
        if (n == null || !n.isArray()) {
            problems.add(name + " must be a list");
            return List.of();
        }
        return n;
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode n, String name) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.get(name);
        if (v != null && v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}
