// What a scanner's raw input turns into: a complete scan, or a scan thrown away for being too long.
package vn.kiosk.devices.scanner;

public sealed interface Frame {

    /** A complete scan; toString shows only its length, because the payload may be a citizen's ID card. */
    record Scan(String payload) implements Frame {
        public Scan {
            if (payload == null || payload.isEmpty()) {
                throw new IllegalArgumentException("a scan has at least one character");
            }
        }

        @Override
        public String toString() {
            return "Scan[" + payload.length() + " chars]";
        }
    }

    /** A scan longer than the cap, dropped whole: half a code is worse than none. */
    record TooLong(int length) implements Frame {
    }
}
