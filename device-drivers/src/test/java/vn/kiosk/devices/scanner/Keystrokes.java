// Builds the struct input_event bytes a keyboard-mode scanner sends for a text, as the kernel would hand them.
package vn.kiosk.devices.scanner;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

final class Keystrokes {

    private static final int EV_MSC = 4;
    private static final int MSC_SCAN = 4;

    private final int recordSize;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long micros = 1_700_000_000_000_000L;

    Keystrokes(int recordSize) {
        this.recordSize = recordSize;
    }

    Keystrokes event(int type, int code, int value) {
        ByteBuffer b = ByteBuffer.allocate(recordSize).order(ByteOrder.LITTLE_ENDIAN);
        micros += 1_000;
        if (recordSize == 24) {
            b.putLong(micros / 1_000_000).putLong(micros % 1_000_000);
        } else {
            b.putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000));
        }
        b.putShort((short) type).putShort((short) code).putInt(value);
        out.writeBytes(b.array());
        return this;
    }

    /** A key press and release as a USB keyboard reports it: scan code, key, sync. */
    Keystrokes tap(int code) {
        event(EV_MSC, MSC_SCAN, 0x70000 + code).event(InputEvent.EV_KEY, code, 1).event(InputEvent.EV_SYN, 0, 0);
        return event(InputEvent.EV_KEY, code, 0).event(InputEvent.EV_SYN, 0, 0);
    }

    Keystrokes shifted(int code) {
        event(InputEvent.EV_KEY, KeyMap.KEY_LEFTSHIFT, 1);
        tap(code);
        return event(InputEvent.EV_KEY, KeyMap.KEY_LEFTSHIFT, 0);
    }

    /** Types the text through the US map, shifting where the map needs it, then Enter. */
    Keystrokes line(String text) {
        KeyMap us = KeyMap.us();
        for (char c : text.toCharArray()) {
            typeChar(us, c);
        }
        return tap(KeyMap.KEY_ENTER);
    }

    Keystrokes text(String text) {
        KeyMap us = KeyMap.us();
        for (char c : text.toCharArray()) {
            typeChar(us, c);
        }
        return this;
    }

    private void typeChar(KeyMap us, char c) {
        for (int code = 0; code < 128; code++) {
            if (us.charFor(code, false) == c) {
                tap(code);
                return;
            }
        }
        for (int code = 0; code < 128; code++) {
            if (us.charFor(code, true) == c) {
                shifted(code);
                return;
            }
        }
        throw new IllegalArgumentException("a US keyboard cannot type U+" + Integer.toHexString(c));
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
