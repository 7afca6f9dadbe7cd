// An http(s) address taken apart leniently, with its path and query percent-decoded, for comparing links.
package vn.kiosk.app.scan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsed by hand rather than by java.net.URI, which refuses some links printed in the wild (spaces, raw
 * Vietnamese letters) and quotes the input in its exceptions. Never throws.
 *
 * @param host  lower case, without user info, port or trailing dot
 * @param path  decoded, "" when absent
 * @param query decoded, "" when absent
 */
record WebLink(String host, String path, String query) {

    private static final Pattern LINK = Pattern.compile(
            "(?i)https?://([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#.*)?", Pattern.DOTALL);

    static Optional<WebLink> parse(String text) {
        Matcher m = LINK.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String authority = m.group(1);
        // The host is what follows the last '@': "dichvucong.gov.vn@elsewhere.com" is elsewhere.com.
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && host.indexOf(']') < colon) {
            host = host.substring(0, colon);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String query = m.group(3) == null ? "" : m.group(3);
        return Optional.of(new WebLink(host, decode(m.group(2)), decode(query)));
    }

    /** Decodes %XX escapes as UTF-8; a broken escape stays as it is and broken UTF-8 becomes U+FFFD. */
    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                out.write(hex(text.charAt(i + 1)) << 4 | hex(text.charAt(i + 2)));
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** ASCII hex only: Character.digit would also read full-width digits. */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** The path without a trailing slash, so "/a/" and "/a" compare equal. */
    String trimmedPath() {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Hides the link like every scanned value: toString may end up in a log. */
    @Override
    public String toString() {
        return "WebLink[" + host.length() + "+" + path.length() + "+" + query.length() + " chars]";
    }
}
