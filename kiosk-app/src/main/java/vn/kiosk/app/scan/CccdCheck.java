// The outcome of checking a citizen ID card QR: the holder's age, or why the card was refused.
package vn.kiosk.app.scan;

public sealed interface CccdCheck {

    record Age(int years) implements CccdCheck {
    }

    record Rejected(CccdProblem problem) implements CccdCheck {
    }
}
