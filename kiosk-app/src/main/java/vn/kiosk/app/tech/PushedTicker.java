// The ticker notice in force on the ceiling display: the province's signed one, or the centre's own wording.
package vn.kiosk.app.tech;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import vn.kiosk.link.push.InvalidContent;
import vn.kiosk.link.push.TickerText;

/**
 * Kept as {@code province/ticker.json} in the configuration folder with its versions beside it, as the catalog
 * is: only a newer version is taken, the one before is kept for the one-click rollback on /tech, and a rollback
 * to the centre's own wording (no file) is a rollback like any other. Each change is handed to the listener, so
 * the displays show it without a reload.
 */
public final class PushedTicker {

    public static final String FILE = "province/ticker.json";

    /**
     * What a display scrolls.
     *
     * @param version the province version, 0 for the centre's own wording
     */
    public record Shown(long version, String vi, String en) {
    }

    /** What /tech shows: the ticker in force and the one a rollback would bring back. */
    public record State(Shown inForce, Shown previous, boolean previousKept, long newestTaken) {
    }

    private final ConfigFiles files;
    private final CatalogOrigin origin;
    private final Function<String, String> ownWording;
    private final Consumer<Shown> changed;
    private volatile Shown inForce;

    /**
     * @param ownWording the centre's own ticker in a language ("vi", "en"): the display.ticker word
     * @param changed    told of every change, on the thread that made it
     */
    public PushedTicker(ConfigFiles files, Function<String, String> ownWording, Consumer<Shown> changed) {
        this.files = files;
        this.origin = files.pushedOrigin(FILE);
        this.ownWording = ownWording;
        this.changed = changed;
        this.inForce = read(false, origin.versions().inForce());
    }

    public Shown shown() {
        return inForce;
    }

    public long versionInForce() {
        return origin.versions().inForce();
    }

    public State state() {
        CatalogOrigin.Versions v = origin.versions();
        return new State(inForce, read(true, v.previous()), previousKept(), v.newest());
    }

    /**
     * A ticker the province signed (its signature already verified): taken only if its version is newer than
     * any taken before and the same check as the hub's passes.
     */
    public synchronized LiveSettings.Pushed applyPushed(byte[] json, long version) {
        long newest = origin.versions().newest();
        if (version == newest) {
            return LiveSettings.Pushed.ALREADY_TAKEN;
        }
        if (version < newest) {
            throw new LiveSettings.Refused("older", List.of("version " + version + " is older than version " + newest
                    + ", taken already"));
        }
        TickerText ticker;
        try {
            ticker = TickerText.parse(json);
        } catch (InvalidContent e) {
            throw new LiveSettings.Refused("schema", e.problems());
        }
        files.writePushed(FILE, ticker.toJson());
        origin.pushed(version);
        put(new Shown(version, ticker.vi(), ticker.en()));
        return LiveSettings.Pushed.APPLIED;
    }

    /** Puts the ticker before back (the province's or the centre's own); a second rollback undoes the first. */
    synchronized Shown rollback() {
        if (!previousKept()) {
            throw new LiveSettings.Refused(List.of("no previous ticker"));
        }
        long previous = origin.versions().previous();
        files.swapPushedWithPrevious(FILE);
        origin.swappedWithPrevious();
        put(read(false, previous));
        return inForce;
    }

    private boolean previousKept() {
        CatalogOrigin.Versions v = origin.versions();
        return v.inForce() != 0 || v.previous() != 0;
    }

    private void put(Shown next) {
        inForce = next;
        changed.accept(next);
    }

    /** The file, or the centre's own wording when there is none (or when what is there no longer reads). */
    private Shown read(boolean previousCopy, long version) {
        Optional<byte[]> json = version == 0 ? Optional.empty() : files.readPushed(FILE, previousCopy);
        if (json.isPresent()) {
            try {
                TickerText t = TickerText.parse(json.get());
                return new Shown(version, t.vi(), t.en());
            } catch (InvalidContent e) {
                // Written by this kiosk after the same check: only a hand edit gets here. The own wording shows.
            }
        }
        return new Shown(0, ownWording.apply("vi"), ownWording.apply("en"));
    }
}
