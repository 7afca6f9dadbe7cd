// What a push carries failed the check the hub and every kiosk share: every problem found, for the 422 or the alert.
package vn.kiosk.link.push;

import java.util.List;

public final class InvalidContent extends RuntimeException {

    private final List<String> problems;

    InvalidContent(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
