// The province's settings override for this commune, laid over its own centre.yaml: locked ones always win, the
// others only until a technician changes them here. Kept signed-version by version with a one-click rollback.
package vn.kiosk.app.tech;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kiosk.app.centre.CentreYaml;
import vn.kiosk.app.centre.SetupException;
import vn.kiosk.link.push.InvalidContent;
import vn.kiosk.link.push.SettingsOverride;

/**
 * The set-up in force is the commune's own file with the province's values on top: every locked one, and each
 * open one the technician has not changed here. centre.yaml itself keeps the commune's own values, so a setting
 * the province stops sending (or a rollback) falls back to what the commune had. A technician's change of an open
 * setting is written to centre.yaml and remembered in {@code province/settings.local.json}, so it keeps winning
 * over later pushes; a change of a locked one is refused with the reason, and nothing is saved.
 */
public final class ProvinceSettings {

    public static final String FILE = "province/settings.json";
    static final String LOCAL = "province/settings.local.json";
    public static final String FROM_PROVINCE = "province";
    public static final String FROM_LOCAL = "local";
    public static final String FROM_DEFAULT = "default";

    /**
     * One setting as /tech lists it.
     *
     * @param value         in force, as centre.yaml writes it
     * @param origin        province, local (this commune's file or a technician's change here) or default
     * @param locked        null when the province does not set it
     * @param provinceValue what the province sends, null when it sends nothing for it
     */
    public record Entry(String key, Object value, String origin, Boolean locked, Object provinceValue) {
    }

    /** @param version the override in force, 0 for none */
    public record State(long version, long previousVersion, boolean previousKept, long newestTaken,
                        List<Entry> settings) {
    }

    private static final Logger LOG = Logger.getLogger(ProvinceSettings.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveSettings live;
    private final ConfigFiles files;
    private final CatalogOrigin origin;
    private volatile SettingsOverride override;
    private volatile Set<String> localKeys;

    public ProvinceSettings(LiveSettings live) {
        this.live = live;
        this.files = live.files();
        this.origin = files.pushedOrigin(FILE);
        this.override = read(false, origin.versions().inForce());
        this.localKeys = readLocal();
    }

    public long versionInForce() {
        return origin.versions().inForce();
    }

    /** At start: the province's values over the file, unless they no longer pass the checks (then the file's). */
    void putInForceAtStart(LiveSettings settings) {
        if (override.settings().isEmpty() && localKeys.isEmpty()) {
            return;
        }
        try {
            settings.putInForce(settings.check(effective(fileTree(), override, localKeys), settings.catalog()),
                    "province");
        } catch (LiveSettings.Refused e) {
            LOG.warning(() -> "the province settings version " + versionInForce() + " do not fit the set-up now, "
                    + "which stays as centre.yaml has it: " + String.join("; ", e.problems()));
        }
    }

    /** A technician's edit (already checked), as the set-up in force shows it: refused where the province locked. */
    void putLocal(LiveSettings settings, LiveSettings.Checked edited, String actor) {
        ObjectNode editedTree = CentreYaml.tree(edited.setup().settings());
        ObjectNode now = CentreYaml.tree(settings.current());
        ObjectNode file = fileTree();
        ObjectNode next = editedTree.deepCopy();
        Set<String> nextLocal = new TreeSet<>(localKeys);
        List<String> problems = new ArrayList<>();
        override.settings().forEach((key, setting) -> {
            boolean changed = !Objects.equals(centre(editedTree).get(key), centre(now).get(key));
            if (setting.locked() && changed) {
                problems.add(key + ": set by the province and locked (override version " + versionInForce()
                        + "); it cannot be changed on this kiosk");
            } else if (!setting.locked() && changed) {
                nextLocal.add(key);
            } else if (setting.locked() || !localKeys.contains(key)) {
                // Unchanged and the province's: the commune's own value stays in its file beneath it.
                restore(next, file, key);
            }
        });
        if (!problems.isEmpty()) {
            throw new LiveSettings.Refused("locked", problems);
        }
        LiveSettings.Checked own = settings.check(next, settings.catalog());
        LiveSettings.Checked inForce = settings.check(effective(CentreYaml.tree(own.setup().settings()), override,
                nextLocal), settings.catalog());
        files.writeCentre(CentreYaml.write(own.setup().settings()));
        saveLocal(nextLocal);
        settings.putInForce(inForce, actor);
    }

    /**
     * An override the province signed (its signature already verified): for this commune only, newer than any
     * taken, of the allowed settings, and passing the same checks as a change on /tech once laid over the file.
     */
    public LiveSettings.Pushed applyPushed(byte[] json, long version, String centre) {
        synchronized (live) {
            long newest = origin.versions().newest();
            if (version == newest) {
                return LiveSettings.Pushed.ALREADY_TAKEN;
            }
            if (version < newest) {
                throw new LiveSettings.Refused("older", List.of("version " + version + " is older than version "
                        + newest + ", taken already"));
            }
            SettingsOverride next;
            try {
                next = SettingsOverride.parse(json);
            } catch (InvalidContent e) {
                throw new LiveSettings.Refused("schema", e.problems());
            }
            if (!next.centre().equals(centre)) {
                throw new LiveSettings.Refused("wrong-commune", List.of("the override is for " + next.centre()
                        + ", this kiosk is " + centre));
            }
            LiveSettings.Checked inForce;
            try {
                inForce = live.check(effective(fileTree(), next, localKeys), live.catalog());
            } catch (LiveSettings.Refused e) {
                throw new LiveSettings.Refused("invalid", e.problems());
            }
            files.writePushed(FILE, next.toJson());
            origin.pushed(version);
            override = next;
            live.putInForce(inForce, "province");
            return LiveSettings.Pushed.APPLIED;
        }
    }

    /** Puts the override before back (none: the commune's own file alone); a second rollback undoes the first. */
    State rollback() {
        synchronized (live) {
            CatalogOrigin.Versions v = origin.versions();
            if (v.inForce() == 0 && v.previous() == 0) {
                throw new LiveSettings.Refused(List.of("no previous province settings"));
            }
            SettingsOverride before = read(true, v.previous());
            LiveSettings.Checked inForce = live.check(effective(fileTree(), before, localKeys), live.catalog());
            files.swapPushedWithPrevious(FILE);
            origin.swappedWithPrevious();
            override = before;
            live.putInForce(inForce, "province-rollback");
            return state();
        }
    }

    /** Gives an open setting back to the province: the technician's change of it no longer wins. */
    State useProvinceValue(String key) {
        synchronized (live) {
            SettingsOverride.Setting s = override.settings().get(key);
            if (s == null || s.locked() || !localKeys.contains(key)) {
                throw new LiveSettings.Refused(List.of(key + ": not a setting changed here over the province's"));
            }
            Set<String> next = new TreeSet<>(localKeys);
            next.remove(key);
            LiveSettings.Checked inForce = live.check(effective(fileTree(), override, next), live.catalog());
            saveLocal(next);
            live.putInForce(inForce, "province");
            return state();
        }
    }

    public State state() {
        CatalogOrigin.Versions v = origin.versions();
        ObjectNode now = centre(CentreYaml.tree(live.current()));
        ObjectNode file = centre(fileTree());
        List<Entry> entries = new ArrayList<>();
        for (String key : SettingsOverride.ALLOWED) {
            SettingsOverride.Setting s = override.settings().get(key);
            String from = s != null && (s.locked() || !localKeys.contains(key)) ? FROM_PROVINCE
                    : s != null || file.has(key) ? FROM_LOCAL : FROM_DEFAULT;
            entries.add(new Entry(key, now.get(key), from, s == null ? null : s.locked(),
                    s == null ? null : s.value()));
        }
        return new State(v.inForce(), v.previous(), v.inForce() != 0 || v.previous() != 0, v.newest(), entries);
    }

    /** The commune's file with the province's values on top, where locked or not changed here. */
    static ObjectNode effective(ObjectNode local, SettingsOverride o, Set<String> changedHere) {
        ObjectNode out = local.deepCopy();
        ObjectNode c = centre(out);
        o.settings().forEach((key, s) -> {
            if (s.locked() || !changedHere.contains(key)) {
                c.set(key, s.value().deepCopy());
            }
        });
        return out;
    }

    /** centre.yaml as the commune has it; a file that does not read is the set-up in force. */
    private ObjectNode fileTree() {
        try {
            return files.readCentre().map(CentreYaml::tree).orElseGet(() -> CentreYaml.tree(live.current()));
        } catch (SetupException e) {
            return CentreYaml.tree(live.current());
        }
    }

    private static void restore(ObjectNode tree, ObjectNode from, String key) {
        JsonNode own = centre(from).get(key);
        if (own == null) {
            centre(tree).remove(key);
        } else {
            centre(tree).set(key, own.deepCopy());
        }
    }

    /** A tree's centre: section, made empty when the tree has none (a file without it is refused at the check). */
    private static ObjectNode centre(ObjectNode tree) {
        return tree.get("centre") instanceof ObjectNode c ? c : tree.putObject("centre");
    }

    private SettingsOverride read(boolean previousCopy, long version) {
        Optional<byte[]> json = version == 0 ? Optional.empty() : files.readPushed(FILE, previousCopy);
        if (json.isPresent()) {
            try {
                return SettingsOverride.parse(json.get());
            } catch (InvalidContent e) {
                LOG.warning(() -> FILE + " no longer reads (" + e.getMessage() + "); the commune's own settings apply");
            }
        }
        return new SettingsOverride("", Map.of());
    }

    private Set<String> readLocal() {
        Optional<byte[]> json = files.readPushed(LOCAL, false);
        if (json.isEmpty()) {
            return Set.of();
        }
        try {
            Set<String> keys = new HashSet<>();
            for (var k : JSON.readTree(json.get())) {
                keys.add(k.asText());
            }
            return Set.copyOf(keys);
        } catch (IOException e) {
            LOG.warning(() -> LOCAL + " does not read; no setting counts as changed here: " + e.getMessage());
            return Set.of();
        }
    }

    private void saveLocal(Set<String> keys) {
        try {
            files.writePushed(LOCAL, JSON.writeValueAsBytes(new TreeSet<>(keys)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a list of names always serialises", e);
        }
        localKeys = Set.copyOf(keys);
    }
}
