// A catalog file that cannot be used, with every problem found in it.
package vn.kiosk.link.catalog;

import java.util.List;

public final class CatalogException extends RuntimeException {

    private final List<String> problems;

    public CatalogException(String source, List<String> problems) {
        super("the procedure catalog " + source + " is not valid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
