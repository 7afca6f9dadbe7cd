// What the signed voice push carries: where on the hub the pack is, its SHA-256, size and language.
package vn.kiosk.link.push;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A pack is too large for a broker message, so the message names its download instead; the signature covers the
 * SHA-256 and size, which fixes the bytes whoever serves them. The path is only ever one of the hub's pack
 * routes, so a signed message cannot send a kiosk anywhere else on the hub or off it.
 *
 * @param path     the hub's {@code /api/v1/voice/packs/<version>/<token>.zip}, the token known only to whoever
 *                 can read the province's topic on the broker
 * @param bytes    the zip's exact size
 */
public record VoiceOffer(String language, String path, String sha256, long bytes) {

    public static final Pattern PATH = Pattern.compile("/api/v1/voice/packs/[0-9]{1,18}/[0-9a-f]{64}\\.zip");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2).build());
    }

    public byte[] toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language", language);
        m.put("path", path);
        m.put("sha256", sha256);
        m.put("bytes", bytes);
        try {
            return JSON.writeValueAsBytes(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("four fields always serialise", e);
        }
    }

    /** Reads and checks an offer; the size is only checked to be positive here (its cap is the kiosk's). */
    public static VoiceOffer parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new InvalidContent(List.of("not a voice pack offer {\"language\", \"path\", \"sha256\", \"bytes\"}"));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidContent(List.of("not a voice pack offer {\"language\", \"path\", \"sha256\", \"bytes\"}"));
        }
        List<String> problems = new ArrayList<>();
        root.fieldNames().forEachRemaining(f -> {
            if (!List.of("language", "path", "sha256", "bytes").contains(f)) {
                problems.add("unknown field " + f + ": an offer holds language, path, sha256 and bytes");
            }
        });
        String language = text(root, "language", LANGUAGE, "a language code such as vi", problems);
        String path = text(root, "path", PATH, "one of the hub's /api/v1/voice/packs/<version>/<token>.zip", problems);
        String sha = text(root, "sha256", SHA256, "64 lower-case hex digits", problems);
        JsonNode bytes = root.get("bytes");
        if (bytes == null || !bytes.isIntegralNumber() || bytes.asLong() < 1) {
            problems.add("bytes: the pack's size, a whole number from 1");
        }
        if (!problems.isEmpty()) {
            throw new InvalidContent(problems);
        }
        return new VoiceOffer(language, path, sha, bytes.asLong());
    }

    private static String text(JsonNode root, String field, Pattern p, String what, List<String> problems) {
        JsonNode n = root.get(field);
        if (n == null || !n.isTextual() || !p.matcher(n.asText()).matches()) {
            problems.add(field + ": " + what);
            return null;
        }
        return n.asText();
    }
}
