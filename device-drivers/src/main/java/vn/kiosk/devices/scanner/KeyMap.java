// Which character a scanner in keyboard mode means by each Linux key code, with and without shift.
package vn.kiosk.devices.scanner;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A keyboard layout for reading a scanner, not a person: only what a scanner types. A scanner in keyboard
 * mode cannot type Vietnamese letters through a US layout, so ID cards need the USB-CDC mode; keyboard mode
 * is for codes in plain ASCII (links, ticket codes).
 *
 * @param plain     key code to character without shift
 * @param shifted   key code to character with shift; a key missing here types its plain character
 * @param endKeys   keys that end a scan (Enter)
 * @param shiftKeys keys that shift while held
 */
public record KeyMap(Map<Integer, Character> plain, Map<Integer, Character> shifted, Set<Integer> endKeys,
                     Set<Integer> shiftKeys) {

    public static final int KEY_ENTER = 28;
    public static final int KEY_LEFTSHIFT = 42;
    public static final int KEY_RIGHTSHIFT = 54;
    public static final int KEY_KPENTER = 96;

    /** A run of keys with consecutive Linux codes, such as KEY_1 = 2 up to KEY_EQUAL = 13. */
    private record Row(int firstCode, String plain, String shifted) {
    }

    private static final Row[] US_ROWS = {
            new Row(2, "1234567890-=", "!@#$%^&*()_+"),
            new Row(16, "qwertyuiop[]", "QWERTYUIOP{}"),
            new Row(30, "asdfghjkl;'`", "ASDFGHJKL:\"~"),
            new Row(43, "\\zxcvbnm,./", "|ZXCVBNM<>?"),
    };

    public KeyMap {
        plain = Map.copyOf(plain);
        shifted = Map.copyOf(shifted);
        endKeys = Set.copyOf(endKeys);
        shiftKeys = Set.copyOf(shiftKeys);
    }

    /** The US layout, which scanners use unless set otherwise; keypad keys type as their digits. */
    public static KeyMap us() {
        Map<Integer, Character> plain = new HashMap<>();
        Map<Integer, Character> shifted = new HashMap<>();
        for (Row row : US_ROWS) {
            for (int i = 0; i < row.plain().length(); i++) {
                plain.put(row.firstCode() + i, row.plain().charAt(i));
                shifted.put(row.firstCode() + i, row.shifted().charAt(i));
            }
        }
        plain.put(15, '\t');
        plain.put(57, ' ');
        // Keypad: KEY_KPASTERISK 55, KEY_KP7.. KEY_KPDOT 71..83, KEY_KPSLASH 98.
        plain.put(55, '*');
        String keypad = "789-456+1230.";
        for (int i = 0; i < keypad.length(); i++) {
            plain.put(71 + i, keypad.charAt(i));
        }
        plain.put(98, '/');
        return new KeyMap(plain, shifted, Set.of(KEY_ENTER, KEY_KPENTER), Set.of(KEY_LEFTSHIFT, KEY_RIGHTSHIFT));
    }

    /** @return the character, or -1 when the key types none (a modifier, a function key) */
    public int charFor(int code, boolean shift) {
        Character c = shift ? shifted.getOrDefault(code, plain.get(code)) : plain.get(code);
        return c == null ? -1 : c;
    }

    public boolean isEnd(int code) {
        return endKeys.contains(code);
    }

    public boolean isShift(int code) {
        return shiftKeys.contains(code);
    }
}
