// A centre set-up that cannot be used, with every problem found in it.
package vn.kiosk.app.centre;

import java.util.List;

public final class SetupException extends RuntimeException {

    private final List<String> problems;

    public SetupException(List<String> problems) {
        super("the centre set-up is not valid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
