// Checks a new set-up or catalog against each other, saves it to the configuration folder and puts it in force
// at once: the queue engine, the services reading through LiveCentre, and the call-out wording.
package vn.kiosk.app.tech;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kiosk.app.centre.CentreChecks;
import vn.kiosk.app.centre.CentreSettings;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.centre.CentreYaml;
import vn.kiosk.app.centre.LiveCentre;
import vn.kiosk.app.centre.SetupException;
import vn.kiosk.app.queue.ServiceDayClock;
import vn.kiosk.app.store.DurableQueue;
import vn.kiosk.app.voice.CallOut;
import vn.kiosk.app.voice.VoiceWording;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogException;
import vn.kiosk.link.catalog.CatalogLoader;

public final class LiveSettings {

    /** A set-up or catalog that cannot be used, with every reason; the page lists them. */
    public static final class Refused extends RuntimeException {
        private final String reason;
        private final List<String> problems;

        Refused(List<String> problems) {
            this("invalid", problems);
        }

        /** @param reason a short code for the province's alert: schema, unknown-service, older */
        Refused(String reason, List<String> problems) {
            super(String.join("; ", problems));
            this.reason = reason;
            this.problems = List.copyOf(problems);
        }

        public String reason() {
            return reason;
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** What a signed province catalog did. */
    public enum Pushed {
        APPLIED,
        /** The version taken already (the broker's retained copy on every new connection): nothing changes. */
        ALREADY_TAKEN,
        /** Taken, to be applied once what it names is downloaded (a voice pack): it reports for itself then. */
        UNDER_WAY
    }

    /** A checked set-up with its wording, ready to be put in force. */
    record Checked(CentreSetup setup, VoiceWording voice) {
        Checked(CentreSetup setup) {
            this(setup, CentreChecks.wording(setup.settings().voice()));
        }
    }

    private final LiveCentre live;
    private final DurableQueue queue;
    private final CallOut callOut;
    private final ConfigFiles files;
    private final CatalogOrigin origin;

    public LiveSettings(LiveCentre live, DurableQueue queue, CallOut callOut, ConfigFiles files) {
        this.live = live;
        this.queue = queue;
        this.callOut = callOut;
        this.files = files;
        this.origin = files.catalogOrigin();
    }

    /** The settings in force, the call-out wording with them. */
    public CentreSettings current() {
        return live.setup().settings();
    }

    /** The settings in force as centre.yaml text, for export. */
    public String currentYaml() {
        return CentreYaml.write(current());
    }

    /** Checks the edited settings against the catalog in force and puts them in force; refused, nothing changes. */
    synchronized void update(CentreSettings edited, String actor) {
        putLocal(edited, actor);
    }

    /** The same for a centre.yaml file. */
    synchronized void importYaml(String yamlText, String actor) {
        CentreSettings read;
        try {
            read = CentreYaml.read(yamlText);
        } catch (SetupException e) {
            throw new Refused(e.problems());
        }
        putLocal(read, actor);
    }

    /** The province's settings over centre.yaml, once the kiosk takes them (the drill's communes never do). */
    private volatile ProvinceSettings province;

    /** Puts the province's settings over the commune's own file at start; the file's set-up stays if they fail. */
    public synchronized void useProvince(ProvinceSettings settings) {
        this.province = settings;
        settings.putInForceAtStart(this);
    }

    ProvinceSettings province() {
        return province;
    }

    private void putLocal(CentreSettings edited, String actor) {
        ProvinceSettings p = province;
        if (p == null) {
            apply(check(edited, live.catalog()), actor);
        } else {
            p.putLocal(this, check(edited, live.catalog()), actor);
        }
    }

    /** Checks a tree of centre.yaml (the commune's file with the province's values laid over it) against a catalog. */
    Checked check(ObjectNode fileTree, Catalog catalog) {
        CentreSettings read;
        try {
            read = CentreYaml.fromTree(fileTree);
        } catch (SetupException e) {
            throw new Refused(e.problems());
        }
        return check(read, catalog);
    }

    /** Checks settings against a catalog; what is put in force and saved is the checked set-up's own settings. */
    Checked check(CentreSettings edited, Catalog catalog) {
        List<String> problems = new ArrayList<>();
        CentreSetup setup = null;
        try {
            setup = CentreChecks.check(edited, catalog);
        } catch (SetupException e) {
            problems.addAll(e.problems());
        }
        String zone = edited.timezone() == null || edited.timezone().isBlank() ? ServiceDayClock.VIETNAM.getId()
                : edited.timezone().strip();
        if (!zone.equals(live.setup().queue().dayClock().zone().getId())) {
            // Times already shown and printed were worked out in the old zone: a new one needs a restart.
            problems.add("timezone: a new time zone needs a restart; edit centre.yaml and restart the kiosk");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new Checked(setup);
    }

    /** Saves and applies; the queue keeps today's tickets (see QueueEngine.reconfigure). */
    private void apply(Checked c, String actor) {
        files.writeCentre(CentreYaml.write(c.setup().settings()));
        putInForce(c, actor);
    }

    /** Applies without saving: the set-up in force when it is the commune's file with the province's over it. */
    void putInForce(Checked c, String actor) {
        queue.reconfigure(c.setup().queue(), actor);
        live.replace(c.setup(), live.catalog());
        callOut.reword(c.voice());
    }

    ConfigFiles files() {
        return files;
    }

    /** Checks a new catalog against the set-up in force, then saves it (keeping the old one) and applies it. */
    synchronized Catalog replaceCatalog(byte[] json) {
        Catalog next = parseCatalog(json, "procedures.json");
        Checked c = check(current(), next);
        files.writeCatalog(json);
        origin.replacedLocally();
        live.replace(c.setup(), next);
        return next;
    }

    /**
     * A catalog the province signed (its signature already verified): taken only if its version is newer than
     * any taken before, and it passes the same checks as an upload on /tech, the set-up's services included;
     * then saved and applied exactly as an upload is, the catalog before it kept for a rollback.
     */
    public synchronized Pushed applyPushedCatalog(byte[] json, long version) {
        long newest = origin.versions().newest();
        if (version == newest) {
            return Pushed.ALREADY_TAKEN;
        }
        if (version < newest) {
            throw new Refused("older", List.of("version " + version + " is older than version " + newest
                    + ", taken already"));
        }
        Catalog next = parseCatalog(json, "the province catalog version " + version);
        Checked c;
        try {
            c = check(current(), next);
        } catch (Refused e) {
            throw new Refused("unknown-service", e.problems());
        }
        files.writeCatalog(json);
        origin.pushed(version);
        live.replace(c.setup(), next);
        return Pushed.APPLIED;
    }

    private static Catalog parseCatalog(byte[] json, String source) {
        try {
            return new CatalogLoader().parse(json, source);
        } catch (CatalogException e) {
            throw new Refused("schema", e.problems());
        }
    }

    /** Puts the previous catalog back; the replaced one becomes the previous, so a rollback can be undone. */
    synchronized Catalog rollbackCatalog() {
        byte[] before = files.previousCatalog().orElseThrow(() -> new Refused(List.of("no previous catalog")));
        Catalog next = parseCatalog(before, "procedures.json.previous");
        Checked c = check(current(), next);
        files.swapCatalogWithPrevious();
        origin.swappedWithPrevious();
        live.replace(c.setup(), next);
        return next;
    }

    public Catalog catalog() {
        return live.catalog();
    }

    /** The province versions of the catalog in force and the one kept before it (0: the kiosk's own). */
    public CatalogOrigin.Versions catalogOrigin() {
        return origin.versions();
    }

    public boolean hasPreviousCatalog() {
        return files.previousCatalog().isPresent();
    }
}
