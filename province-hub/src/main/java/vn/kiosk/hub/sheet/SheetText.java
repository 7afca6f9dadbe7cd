// The sheet's bytes as text: UTF-8 only (with or without Excel's BOM), anything else refused with "save as UTF-8".
package vn.kiosk.hub.sheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A sheet saved as plain "CSV" from a Vietnamese Windows is Windows-1258 (or 1252), which is not valid UTF-8 as
 * soon as it holds one accented letter; guessing the code page would turn "Hộ tịch" into other letters without a
 * word, so the file is refused at the first byte that is not UTF-8, naming its row and column.
 */
final class SheetText {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SheetText() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            // Excel's "Unicode Text" is UTF-16 with tabs: a different file, not a damaged one.
            throw new SheetRefused(SheetProblem.of(0, null, "utf16"));
        }
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            out.flip();
            CsvRows.Position at = CsvRows.end(out.toString());
            throw new SheetRefused(SheetProblem.of(at.row(), at.column(), "not_utf8",
                    String.format("0x%02X", bytes[in.position()] & 0xFF)));
        }
        try {
            r = decoder.flush(out);
            if (r.isError()) {
                r.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new SheetRefused(SheetProblem.of(0, null, "not_utf8", "EOF"));
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
