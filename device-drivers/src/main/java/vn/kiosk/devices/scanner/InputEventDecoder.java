// Parses Linux struct input_event records from an event device's bytes, however the reads cut them.
package vn.kiosk.devices.scanner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A record is a struct timeval (two longs), u16 type, u16 code and s32 value, little-endian: 24 bytes for a
 * 64-bit process, 16 bytes for a 32-bit one (the kernel hands a 32-bit process the compat layout).
 * Pure: no I/O, no time.
 */
public final class InputEventDecoder {

    public static final int RECORD_SIZE_64_BIT = 24;
    public static final int RECORD_SIZE_32_BIT = 16;

    private final int recordSize;
    private final byte[] partial;
    private int have;

    public InputEventDecoder() {
        this(RECORD_SIZE_64_BIT);
    }

    public InputEventDecoder(int recordSize) {
        if (recordSize != RECORD_SIZE_64_BIT && recordSize != RECORD_SIZE_32_BIT) {
            throw new IllegalArgumentException("an input_event record has 16 or 24 bytes, not " + recordSize);
        }
        this.recordSize = recordSize;
        this.partial = new byte[recordSize];
    }

    /** The layout the kernel uses for this JVM: it follows the process's word size, not the kernel's. */
    public static InputEventDecoder forThisJvm() {
        boolean is32 = "32".equals(System.getProperty("sun.arch.data.model"));
        return new InputEventDecoder(is32 ? RECORD_SIZE_32_BIT : RECORD_SIZE_64_BIT);
    }

    public int recordSize() {
        return recordSize;
    }

    public List<InputEvent> feed(byte[] data, int offset, int length) {
        List<InputEvent> events = new ArrayList<>(length / recordSize + 1);
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int take = Math.min(recordSize - have, end - i);
            System.arraycopy(data, i, partial, have, take);
            have += take;
            i += take;
            if (have == recordSize) {
                events.add(decode(partial));
                discard();
            }
        }
        return events;
    }

    /** @return true when part of a record was thrown away */
    public boolean discard() {
        boolean had = have > 0;
        Arrays.fill(partial, (byte) 0);
        have = 0;
        return had;
    }

    private InputEvent decode(byte[] r) {
        int at = recordSize - 8;
        int type = u16(r, at);
        int code = u16(r, at + 2);
        int value = (r[at + 4] & 0xff) | (r[at + 5] & 0xff) << 8 | (r[at + 6] & 0xff) << 16 | r[at + 7] << 24;
        return new InputEvent(type, code, value);
    }

    private static int u16(byte[] r, int at) {
        return (r[at] & 0xff) | (r[at + 1] & 0xff) << 8;
    }
}
