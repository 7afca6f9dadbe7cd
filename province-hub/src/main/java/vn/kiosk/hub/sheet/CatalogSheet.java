// The province's catalog sheet (CSV, SHEET.md) to the kiosks' catalog JSON and back, checked as a kiosk checks it.
package vn.kiosk.hub.sheet;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kiosk.link.catalog.CatalogException;
import vn.kiosk.link.catalog.CatalogLoader;
import vn.kiosk.link.catalog.CitizenTexts;

/**
 * The sheet holds the procedures; the catalog's fields (lĩnh vực), sources and notes come from the catalog in
 * force, so a field code the sheet names must be one of those. Texts are put in Unicode NFC on the way in (a
 * sheet typed with a decomposing Vietnamese keyboard is the same text) and stripped of the spaces around them.
 * The sheet's own refusals come first, each in its row and column; then the kiosks' catalog check runs on the
 * catalog the sheet makes, and what it finds beyond them is put in the row of its procedure.
 */
public final class CatalogSheet {

    /** Larger than any province's sheet (400 procedures make about 1 MB), and the push's own content limit. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final String YES = "có";
    public static final String NO = "không";

    private static final Set<String> YES_WORDS = Set.of(YES, "co", "x", "yes", "true", "1");
    private static final Set<String> NO_WORDS = Set.of(NO, "khong", "", "no", "false", "0");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern CHECK_PROBLEM = Pattern.compile("^procedure (\\S+?):? (.*)$", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogSheet() {
    }

    /**
     * @param base      the catalog in force, whose fields and notes the new one keeps
     * @param generated the day the catalog is made, ISO
     * @return the catalog JSON, which the kiosks' check has passed
     * @throws SheetRefused with every problem, row by row
     */
    public static byte[] read(byte[] sheet, JsonNode base, String generated) {
        if (sheet.length > MAX_BYTES) {
            throw new SheetRefused(SheetProblem.of(0, null, "too_large", MAX_BYTES / (1024 * 1024)));
        }
        List<CsvRows.Row> rows = CsvRows.read(SheetText.decode(sheet));
        if (rows.isEmpty() || rows.getFirst().number() != 1) {
            throw new SheetRefused(SheetProblem.of(1, null, "no_header"));
        }
        Map<Integer, SheetColumn> columns = header(rows.getFirst());
        if (rows.size() == 1) {
            throw new SheetRefused(SheetProblem.of(2, null, "no_procedures"));
        }
        Set<String> fieldCodes = new HashSet<>();
        base.path("fields").forEach(f -> fieldCodes.add(f.path("code").asText()));
        List<SheetProblem> problems = new ArrayList<>();
        Map<String, Integer> rowOfId = new HashMap<>();
        ArrayNode procedures = JSON.createArrayNode();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            ObjectNode p = procedure(row, columns, fieldCodes, problems);
            String id = p.path("id").asText("");
            if (!id.isEmpty()) {
                Integer first = rowOfId.putIfAbsent(id, row.number());
                if (first != null) {
                    problems.add(SheetProblem.of(row.number(), SheetColumn.ID.header, "duplicate_id", id, first));
                }
            }
            procedures.add(p);
        }
        ObjectNode catalog = JSON.createObjectNode();
        catalog.put("version", 1);
        catalog.put("generated", generated);
        base.properties().forEach(e -> {
            if (!Set.of("version", "generated", "procedures").contains(e.getKey())) {
                catalog.set(e.getKey(), e.getValue());
            }
        });
        catalog.set("procedures", procedures);
        byte[] json = bytes(catalog);
        try {
            new CatalogLoader().parse(json, "the imported sheet");
        } catch (CatalogException e) {
            addCheckProblems(problems, e.problems(), rowOfId);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(SheetProblem::row));
            throw new SheetRefused(problems);
        }
        return json;
    }

    /** The catalog as a sheet the office can open in Excel: UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF. */
    public static byte[] write(JsonNode catalog) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>();
        for (SheetColumn c : SheetColumn.values()) {
            header.add(c.header);
        }
        line(out, header);
        for (JsonNode p : catalog.path("procedures")) {
            List<String> cells = new ArrayList<>();
            for (SheetColumn c : SheetColumn.values()) {
                cells.add(cell(c, p.get(c.header)));
            }
            line(out, cells);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<Integer, SheetColumn> header(CsvRows.Row row) {
        List<SheetProblem> problems = new ArrayList<>();
        Map<Integer, SheetColumn> columns = new LinkedHashMap<>();
        Set<SheetColumn> seen = new HashSet<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String name = row.cells().get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            var column = SheetColumn.named(name);
            if (column.isEmpty()) {
                problems.add(SheetProblem.of(1, name, "unknown_column", CsvRows.letter(i)));
            } else if (!seen.add(column.get())) {
                problems.add(SheetProblem.of(1, name, "duplicate_column", CsvRows.letter(i)));
            } else {
                columns.put(i, column.get());
            }
        }
        for (SheetColumn c : SheetColumn.values()) {
            if (c.required && !seen.contains(c)) {
                problems.add(SheetProblem.of(1, c.header, "missing_column"));
            }
        }
        if (!problems.isEmpty()) {
            throw new SheetRefused(problems);
        }
        return columns;
    }

    private static ObjectNode procedure(CsvRows.Row row, Map<Integer, SheetColumn> columns, Set<String> fieldCodes,
                                        List<SheetProblem> problems) {
        Map<SheetColumn, String> values = new LinkedHashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            SheetColumn c = columns.get(i);
            String value = Normalizer.normalize(row.cells().get(i), Normalizer.Form.NFC).strip();
            if (c != null) {
                values.put(c, value);
            } else if (!value.isEmpty()) {
                problems.add(SheetProblem.of(row.number(), CsvRows.letter(i), "cell_without_column"));
            }
        }
        ObjectNode p = JSON.createObjectNode();
        for (SheetColumn c : SheetColumn.values()) {
            String v = values.getOrDefault(c, "");
            int n = row.number();
            if (c.required && v.isEmpty()) {
                problems.add(SheetProblem.of(n, c.header, "empty_cell"));
            }
            if (c.citizenText && CitizenTexts.cutOff(v)) {
                problems.add(SheetProblem.of(n, c.header, "text_cut"));
            }
            switch (c.kind) {
                case TEXT -> p.put(c.header, v.isEmpty() ? null : v);
                case FIELD -> {
                    if (!v.isEmpty() && !fieldCodes.contains(v)) {
                        problems.add(SheetProblem.of(n, c.header, "unknown_field", v, String.join(", ",
                                fieldCodes.stream().sorted().toList())));
                    }
                    p.put(c.header, v.isEmpty() ? null : v);
                }
                case WHOLE_NUMBER -> {
                    if (v.isEmpty()) {
                        p.putNull(c.header);
                    } else if (WHOLE_NUMBER.matcher(v).matches()) {
                        p.put(c.header, Integer.parseInt(v));
                    } else {
                        problems.add(SheetProblem.of(n, c.header, "not_a_number", v));
                    }
                }
                case FLAG -> {
                    String w = v.toLowerCase(Locale.ROOT);
                    if (!YES_WORDS.contains(w) && !NO_WORDS.contains(w)) {
                        problems.add(SheetProblem.of(n, c.header, "not_a_flag", v));
                    }
                    p.put(c.header, YES_WORDS.contains(w));
                }
                case LINK -> {
                    if (!v.isEmpty() && !CatalogLoader.httpsLink(v)) {
                        problems.add(SheetProblem.of(n, c.header, "bad_link", v));
                    }
                    p.put(c.header, v.isEmpty() ? null : v);
                }
                case LIST -> {
                    ArrayNode items = p.putArray(c.header);
                    v.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
                    if (c.citizenText) {
                        items.forEach(item -> {
                            if (CitizenTexts.cutOff(item.asText())) {
                                problems.add(SheetProblem.of(n, c.header, "text_cut"));
                            }
                        });
                    }
                }
            }
        }
        if (values.getOrDefault(SheetColumn.SHORT_VI, "").length() > CatalogLoader.SHORT_NAME_MAX) {
            problems.add(SheetProblem.of(row.number(), SheetColumn.SHORT_VI.header, "name_too_long",
                    values.get(SheetColumn.SHORT_VI).length(), CatalogLoader.SHORT_NAME_MAX));
        }
        return p;
    }

    /**
     * The kiosks' check speaks of "procedure ID: key …"; its problem goes in that procedure's row and the column
     * it names, unless the sheet's own check already said what is wrong there.
     */
    private static void addCheckProblems(List<SheetProblem> problems, List<String> found, Map<String, Integer> rowOfId) {
        Set<String> said = new HashSet<>();
        problems.forEach(p -> said.add(p.row() + "/" + p.column()));
        Set<Integer> rowsSaid = new HashSet<>();
        problems.forEach(p -> rowsSaid.add(p.row()));
        List<SheetColumn> longestFirst = new ArrayList<>(List.of(SheetColumn.values()));
        longestFirst.sort(Comparator.comparingInt((SheetColumn c) -> c.header.length()).reversed());
        Set<String> duplicates = new HashSet<>();
        problems.stream().filter(p -> p.code().equals("duplicate_id")).forEach(p -> duplicates.add(p.args().getFirst()));
        for (String problem : found) {
            Matcher m = CHECK_PROBLEM.matcher(problem);
            if (m.matches() && duplicates.contains(m.group(1)) && m.group(2).equals("appears twice")) {
                continue;
            }
            int row = m.matches() && rowOfId.containsKey(m.group(1)) ? rowOfId.get(m.group(1)) : 0;
            String column = longestFirst.stream().map(c -> c.header)
                    .filter(h -> Pattern.compile("\\b" + h + "\\b").matcher(problem).find()).findFirst().orElse(null);
            boolean already = column == null ? rowsSaid.contains(row) : said.contains(row + "/" + column);
            if (!already || row == 0) {
                problems.add(SheetProblem.of(row, column, "catalog_check", problem));
            }
        }
    }

    private static String cell(SheetColumn c, JsonNode v) {
        if (v == null || v.isNull()) {
            return c.kind == SheetColumn.Kind.FLAG ? NO : "";
        }
        return switch (c.kind) {
            case FLAG -> v.asBoolean() ? YES : NO;
            case LIST -> {
                List<String> items = new ArrayList<>();
                v.forEach(x -> items.add(x.asText()));
                yield String.join("\n", items);
            }
            default -> v.asText();
        };
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String s = cells.get(i);
            boolean quote = s.chars().anyMatch(ch -> ch == ',' || ch == ';' || ch == '"' || ch == '\n' || ch == '\r')
                    || !s.equals(s.strip());
            out.append(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
        }
        out.append("\r\n");
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of texts always writes", e);
        }
    }
}
