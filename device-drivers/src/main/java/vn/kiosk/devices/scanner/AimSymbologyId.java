// The AIM symbology identifier some scanners put before a code ("]Q1" for QR): the kiosk has no use for it.
package vn.kiosk.devices.scanner;

final class AimSymbologyId {

    private AimSymbologyId() {
    }

    /** Length of the identifier at the start of the text: 3 for "]" + letter + digit, else 0. */
    static int lengthAt(CharSequence text) {
        if (text.length() >= 3 && text.charAt(0) == ']' && isAsciiLetter(text.charAt(1))
                && text.charAt(2) >= '0' && text.charAt(2) <= '9') {
            return 3;
        }
        return 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
