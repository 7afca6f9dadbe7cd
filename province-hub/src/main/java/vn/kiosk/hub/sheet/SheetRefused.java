// A catalog sheet the hub will not turn into a draft, with every problem found in it.
package vn.kiosk.hub.sheet;

import java.util.List;

public final class SheetRefused extends RuntimeException {

    private final transient List<SheetProblem> problems;

    public SheetRefused(List<SheetProblem> problems) {
        super(problems.size() + " problems in the catalog sheet, first: " + problems.getFirst(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public SheetRefused(SheetProblem problem) {
        this(List.of(problem));
    }

    public List<SheetProblem> problems() {
        return problems;
    }
}
