// A province voice clip pack: a flat zip of clips and its manifest, checked the same way by the hub and each kiosk.
package vn.kiosk.link.push;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every entry is a clip at the top of the zip named by {@link #CLIP_NAME} with .ogg or .wav, plus
 * {@code manifest.json}: no folders, so nothing can be unpacked outside the pack's own folder (zip-slip), and
 * each clip's first bytes must be what its name says (an Ogg or a RIFF/WAVE file), so a program or a page
 * renamed .ogg is refused. Every entry is read with a cap whatever its header claims, so a small zip that
 * inflates enormously stops at the cap. The manifest lists each clip with its SHA-256, exactly the clips in the
 * zip: a clip added or changed after the manifest was written is refused.
 *
 * @param language the clips' language, the folder of /voice/&lt;language&gt;/ they are served under
 * @param version  the pack's version; the push that names it is signed with the same one
 */
public record VoicePack(String language, long version, List<Clip> clips) {

    /** Lower-case ASCII words joined by dashes: nothing that could climb out of a folder. Shared with VoiceClips. */
    public static final Pattern CLIP_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final String MANIFEST = "manifest.json";
    /** What the manifest's {@code schema} field must say. */
    public static final int SCHEMA = 1;
    /** The largest pack the hub takes and a kiosk downloads: a whole call-out set in Ogg is about a megabyte. */
    public static final long MAX_PACK_BYTES = 32L * 1024 * 1024;
    /** The largest clip once inflated: a minute of WAV at 16 kHz, 16 bits, stereo. */
    public static final int MAX_CLIP_BYTES = 4 * 1024 * 1024;
    /** The most the clips may inflate to together. */
    public static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    public static final int MAX_CLIPS = 500;
    private static final int MAX_MANIFEST_BYTES = 256 * 1024;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final List<String> TYPES = List.of("ogg", "wav");

    /** @param file the clip's name and type as in the zip, "chu-a.ogg" */
    public record Clip(String file, String sha256, long bytes) {
        public String name() {
            return file.substring(0, file.lastIndexOf('.'));
        }

        public String type() {
            return file.substring(file.lastIndexOf('.') + 1);
        }
    }

    /** A pack that passed every check, with each clip's bytes by its file name. */
    public record Checked(VoicePack pack, Map<String, byte[]> files) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).build());
    }

    /** The manifest as the zip carries it. */
    public byte[] manifestJson() {
        ObjectNode root = JSON.createObjectNode().put("schema", SCHEMA).put("language", language).put("version", version);
        ArrayNode list = root.putArray("clips");
        clips.forEach(c -> list.addObject().put("file", c.file()).put("sha256", c.sha256()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException("a tree always serialises", e);
        }
    }

    /** A pack zip of these clips (file name to bytes), its manifest written from them: how a province makes one. */
    public static byte[] zip(String language, long version, Map<String, byte[]> files) {
        List<Clip> clips = new ArrayList<>();
        files.forEach((f, b) -> clips.add(new Clip(f, sha256(b), b.length)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(new VoicePack(language, version, clips).manifestJson());
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }

    /** Reads and checks a pack zip in memory; every problem found is in the {@link InvalidContent}. */
    public static Checked read(byte[] zipBytes) {
        if (zipBytes.length > MAX_PACK_BYTES) {
            throw new InvalidContent(List.of("the pack is " + zipBytes.length + " bytes, at most " + MAX_PACK_BYTES));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] manifest = null;
        List<String> problems = new ArrayList<>();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                if (name.equals(MANIFEST)) {
                    if (manifest != null) {
                        problems.add(MANIFEST + ": twice in the zip");
                    }
                    manifest = capped(zip, MAX_MANIFEST_BYTES, name, problems);
                    continue;
                }
                String problem = entryName(name);
                if (problem != null) {
                    problems.add(problem);
                    continue;
                }
                if (files.size() >= MAX_CLIPS) {
                    problems.add("more than " + MAX_CLIPS + " clips");
                    break;
                }
                byte[] bytes = capped(zip, MAX_CLIP_BYTES, name, problems);
                if (bytes == null) {
                    continue;
                }
                unpacked += bytes.length;
                if (unpacked > MAX_UNPACKED_BYTES) {
                    problems.add("the clips inflate to more than " + MAX_UNPACKED_BYTES + " bytes");
                    break;
                }
                String base = name.substring(0, name.lastIndexOf('.'));
                if (files.containsKey(name) || files.keySet().stream().anyMatch(f -> f.startsWith(base + ".")
                        && !f.equals(name))) {
                    problems.add(name + ": the clip " + base + " is in the zip twice");
                    continue;
                }
                if (!isWhatItsNameSays(name, bytes)) {
                    problems.add(name + ": not " + (name.endsWith(".ogg") ? "an Ogg" : "a WAV")
                            + " file (its first bytes say otherwise)");
                    continue;
                }
                files.put(name, bytes);
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new InvalidContent(List.of("not a zip file: " + e.getMessage()));
        } catch (IOException e) {
            throw new InvalidContent(List.of("not a zip file: " + e.getMessage()));
        }
        if (manifest == null && problems.isEmpty() && files.isEmpty()) {
            throw new InvalidContent(List.of("not a zip file, or an empty one"));
        }
        if (manifest == null) {
            problems.add(MANIFEST + ": missing");
            throw new InvalidContent(problems);
        }
        VoicePack pack = manifest(manifest, problems);
        if (pack != null) {
            for (Clip c : pack.clips()) {
                byte[] b = files.get(c.file());
                if (b == null) {
                    if (problems.stream().noneMatch(p -> p.startsWith(c.file() + ":"))) {
                        problems.add(c.file() + ": in the manifest but not in the zip");
                    }
                } else if (!sha256(b).equals(c.sha256())) {
                    problems.add(c.file() + ": its SHA-256 is not the manifest's");
                }
            }
            for (String f : files.keySet()) {
                if (pack.clips().stream().noneMatch(c -> c.file().equals(f))) {
                    problems.add(f + ": in the zip but not in the manifest");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidContent(problems);
        }
        List<Clip> sized = pack.clips().stream().map(c -> new Clip(c.file(), c.sha256(), files.get(c.file()).length))
                .toList();
        return new Checked(new VoicePack(pack.language(), pack.version(), sized), files);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Null when the entry name is a clip at the top of the zip with a known type. */
    private static String entryName(String name) {
        if (name.endsWith("/") || name.contains("/") || name.contains("\\")) {
            return name + ": a pack is flat, no folders or paths";
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !TYPES.contains(name.substring(dot + 1))) {
            return name + ": only .ogg and .wav clips and " + MANIFEST;
        }
        if (!CLIP_NAME.matcher(name.substring(0, dot)).matches()) {
            return name + ": a clip name is lower-case letters and digits joined by dashes";
        }
        return null;
    }

    private static boolean isWhatItsNameSays(String name, byte[] b) {
        if (name.endsWith(".ogg")) {
            return b.length >= 4 && b[0] == 'O' && b[1] == 'g' && b[2] == 'g' && b[3] == 'S';
        }
        return b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'A' && b[10] == 'V' && b[11] == 'E';
    }

    private static byte[] capped(ZipInputStream zip, int cap, String name, List<String> problems) throws IOException {
        byte[] b = zip.readNBytes(cap + 1);
        if (b.length > cap) {
            problems.add(name + ": more than " + cap + " bytes");
            return null;
        }
        return b;
    }

    private static VoicePack manifest(byte[] json, List<String> problems) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            problems.add(MANIFEST + ": not JSON");
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(MANIFEST + ": an object {\"schema\": 1, \"language\", \"version\", \"clips\"}");
            return null;
        }
        int before = problems.size();
        root.fieldNames().forEachRemaining(f -> {
            if (!List.of("schema", "language", "version", "clips").contains(f)) {
                problems.add(MANIFEST + ": unknown field " + f);
            }
        });
        JsonNode schema = root.get("schema");
        if (schema == null || !schema.isInt() || schema.asInt() != SCHEMA) {
            problems.add(MANIFEST + ": schema must be " + SCHEMA);
        }
        JsonNode language = root.get("language");
        if (language == null || !language.isTextual() || !LANGUAGE.matcher(language.asText()).matches()) {
            problems.add(MANIFEST + ": language is a language code such as vi");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || version.asLong() < 1) {
            problems.add(MANIFEST + ": version is a whole number from 1");
        }
        JsonNode clips = root.get("clips");
        List<Clip> list = new ArrayList<>();
        if (clips == null || !clips.isArray() || clips.isEmpty()) {
            problems.add(MANIFEST + ": clips is a list of {\"file\", \"sha256\"}, at least one");
        } else {
            for (JsonNode c : clips) {
                JsonNode file = c.get("file");
                JsonNode sha = c.get("sha256");
                if (!c.isObject() || c.size() != 2 || file == null || !file.isTextual() || sha == null
                        || !sha.isTextual() || !SHA256.matcher(sha.asText()).matches()) {
                    problems.add(MANIFEST + ": each clip is {\"file\": \"chu-a.ogg\", \"sha256\": 64 hex digits}");
                    continue;
                }
                String problem = entryName(file.asText());
                if (problem != null) {
                    problems.add(MANIFEST + ": " + problem);
                    continue;
                }
                list.add(new Clip(file.asText(), sha.asText(), 0));
            }
        }
        return problems.size() == before ? new VoicePack(language.asText(), version.asLong(), List.copyOf(list)) : null;
    }
}
