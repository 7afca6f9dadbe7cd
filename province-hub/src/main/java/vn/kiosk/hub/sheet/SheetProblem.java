// One thing wrong with an imported catalog sheet: where (row and column, as the spreadsheet shows them) and why.
package vn.kiosk.hub.sheet;

import java.util.List;

/**
 * @param row    the spreadsheet's row number (the header is row 1; a cell with line breaks is still one row),
 *               0 for the file as a whole
 * @param column the column's header name, or null for a whole row or file
 * @param code   the reason, a stable word; the hub's words {@code sheet.problem.<code>} say it in Vietnamese and
 *               English with {@code args}
 */
public record SheetProblem(int row, String column, String code, List<String> args) {

    public SheetProblem {
        args = List.copyOf(args);
    }

    /** Arguments as texts: a row number is a name here, never written with a thousands mark. */
    public static SheetProblem of(int row, String column, String code, Object... args) {
        return new SheetProblem(row, column, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
