// What comes off the edges of a scan: control noise (NUL, STX/ETX, stray line ends) and an AIM identifier.
package vn.kiosk.devices.scanner;

final class ScanEdges {

    private ScanEdges() {
    }

    /**
     * Trims control characters from both ends, then removes a leading AIM symbology identifier ("]" + letter +
     * digit, such as "]Q1" for QR), which some scanners are set up to send and the kiosk has no use for.
     *
     * @return the payload, empty when nothing but noise was there
     */
    static String strip(String raw) {
        int from = 0;
        int to = raw.length();
        while (from < to && isNoise(raw.charAt(from))) {
            from++;
        }
        while (to > from && isNoise(raw.charAt(to - 1))) {
            to--;
        }
        if (to - from >= 3 && raw.charAt(from) == ']' && isAsciiLetter(raw.charAt(from + 1))
                && raw.charAt(from + 2) >= '0' && raw.charAt(from + 2) <= '9') {
            from += 3;
        }
        return raw.substring(from, to);
    }

    private static boolean isNoise(char c) {
        return c < 0x20 || c == 0x7f;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
