// The province's ticker notice: Vietnamese and English text, checked the same way by the hub and by each kiosk.
package vn.kiosk.link.push;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Plain text only: the display sets it as text, never as HTML, and the check refuses angle brackets as well so
 * that a province that pasted markup learns at once that it will not be rendered. One line each (no control
 * characters), bounded so that it scrolls past in about a minute at the display's speed.
 *
 * @param vi the notice in Vietnamese, required
 * @param en the same in English; empty when the province gives none
 */
public record TickerText(String vi, String en) {

    /** In characters (code points) per language: about a minute of scrolling on the ceiling display. */
    public static final int MAX_CHARS = 300;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).build());
    }

    /** The JSON a push carries: {@code {"vi": "...", "en": "..."}}. */
    public byte[] toJson() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("vi", vi);
        m.put("en", en);
        try {
            return JSON.writeValueAsBytes(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("two strings always serialise", e);
        }
    }

    /** Reads and checks a ticker; the texts come back in NFC, stripped. */
    public static TickerText parse(byte[] json) {
        Map<?, ?> m;
        try {
            m = JSON.readValue(json, Map.class);
        } catch (IOException e) {
            throw new InvalidContent(List.of("not a ticker object {\"vi\": ..., \"en\": ...}: " + firstLine(e)));
        }
        if (m == null) {
            throw new InvalidContent(List.of("not a ticker object {\"vi\": ..., \"en\": ...}"));
        }
        List<String> problems = new ArrayList<>();
        for (Object key : m.keySet()) {
            if (!"vi".equals(key) && !"en".equals(key)) {
                problems.add("unknown field " + key + ": a ticker holds vi and en only");
            }
        }
        String vi = text(m.get("vi"), "vi", problems);
        String en = text(m.get("en"), "en", problems);
        if (vi.isEmpty() && !problems.stream().anyMatch(p -> p.startsWith("vi"))) {
            problems.add("vi: the Vietnamese text is required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidContent(problems);
        }
        return new TickerText(vi, en);
    }

    private static String text(Object value, String lang, List<String> problems) {
        if (value == null) {
            return "";
        }
        if (!(value instanceof String s)) {
            problems.add(lang + ": must be text");
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        int chars = t.codePointCount(0, t.length());
        if (chars > MAX_CHARS) {
            problems.add(lang + ": " + chars + " characters, at most " + MAX_CHARS);
        }
        if (t.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            problems.add(lang + ": one line of text, no line breaks or control characters");
        }
        if (t.indexOf('<') >= 0 || t.indexOf('>') >= 0) {
            problems.add(lang + ": plain text only, no markup (< and > are not allowed)");
        }
        return t;
    }

    private static String firstLine(IOException e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }
}
