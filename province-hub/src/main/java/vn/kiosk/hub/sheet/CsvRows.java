// A small RFC 4180 reader: rows of cells, quoted cells with commas, quotes and line breaks, row numbers as shown.
package vn.kiosk.hub.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The build keeps no CSV library, and the refusals must name the spreadsheet's row and column (a quote left open
 * in row 12's documents, a byte that is not UTF-8 in row 40's name), which a reader of our own knows at every
 * character. The separator is the header row's: a comma, or the semicolon Excel writes where the decimal mark is
 * a comma, as on a Vietnamese Windows. Rows whose cells are all empty are left out but counted, so that the row
 * numbers stay the spreadsheet's.
 */
final class CsvRows {

    /** A row of the sheet; number 1 is the header. */
    record Row(int number, List<String> cells) {
    }

    /** Where a text ends: its row, the cell it is in (0-based) and the header, when that was read whole. */
    record Position(int row, int cell, List<String> header) {
        /** The header's name of the cell's column, or the spreadsheet's letter for it before the header is known. */
        String column() {
            return cell < header.size() ? header.get(cell) : letter(cell);
        }
    }

    private final String text;
    private final char separator;
    private final List<Row> rows = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private List<String> cells = new ArrayList<>();
    private int row = 1;
    private int rowStart = 1;
    private int quoteRow;
    private int quoteCell;

    private CsvRows(String text) {
        this.text = text;
        this.separator = separatorOf(text);
    }

    static List<Row> read(String text) {
        CsvRows r = new CsvRows(text);
        if (r.scan(true)) {
            List<String> header = r.rows.isEmpty() ? List.of() : r.rows.getFirst().cells();
            throw new SheetRefused(SheetProblem.of(r.quoteRow, new Position(r.quoteRow, r.quoteCell, header).column(),
                    "unclosed_quote"));
        }
        return r.rows;
    }

    /** Where a text that was cut short ends (the part of a file before its first byte that is not UTF-8). */
    static Position end(String prefix) {
        CsvRows r = new CsvRows(prefix);
        r.scan(false);
        List<String> header = r.rows.isEmpty() || r.rows.getFirst().number() != 1 ? List.of() : r.rows.getFirst().cells();
        return new Position(r.rowStart, r.cells.size(), header);
    }

    /**
     * @param whole a whole file, whose last row ends with it (a cut text's last row is where the cut is)
     * @return whether the text ended inside a quoted cell
     */
    private boolean scan(boolean whole) {
        boolean quoted = false;
        boolean afterQuote = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == separator) {
                endCell();
                afterQuote = false;
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                continue;
            } else if (c == '\n') {
                endRow();
                afterQuote = false;
            } else if (c == '"' && cell.isEmpty() && !afterQuote) {
                quoted = true;
                quoteRow = row;
                quoteCell = cells.size();
            } else {
                // Text after a closing quote ("a"b) or a quote inside a bare cell is kept as written, as Excel
                // and LibreOffice read it.
                cell.append(c);
            }
        }
        if (whole && !quoted && (!cell.isEmpty() || !cells.isEmpty())) {
            endRow();
        }
        return quoted;
    }

    private void endCell() {
        cells.add(cell.toString());
        cell.setLength(0);
    }

    private void endRow() {
        endCell();
        if (cells.stream().anyMatch(s -> !s.isBlank())) {
            rows.add(new Row(rowStart, List.copyOf(cells)));
        }
        cells = new ArrayList<>();
        row++;
        rowStart = row;
    }

    private static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** A, B, … Z, AA, AB: the spreadsheet's name of a column. */
    static String letter(int cell) {
        StringBuilder s = new StringBuilder();
        for (int k = cell + 1; k > 0; k = (k - 1) / 26) {
            s.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return s.toString();
    }
}
