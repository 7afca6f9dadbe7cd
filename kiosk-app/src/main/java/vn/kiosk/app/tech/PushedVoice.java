// The province's voice clip pack in force: downloaded from the hub, checked, unpacked beside the one before and
// switched in one rename, live for the announcer, the displays and the kiosk page.
package vn.kiosk.app.tech;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import vn.kiosk.app.auth.AuditTrail;
import vn.kiosk.app.voice.VoiceClips;
import vn.kiosk.link.push.InvalidContent;
import vn.kiosk.link.push.VoiceOffer;
import vn.kiosk.link.push.VoicePack;

/**
 * Each version is unpacked into a folder of its own, {@code province/voice/<version>/<language>/}, and the link
 * {@code province/voice/current} names the one in force; the switch is one rename of a new link over it, so a
 * clip is always read whole from one pack or the other. The version before stays on disk for the one-click
 * rollback, which swaps the links back (to no link at all: the shipped clips). Versions are kept as the ticker's
 * are ({@link CatalogOrigin}: only a newer one is taken, a rollback is not undone by the retained copy).
 *
 * <p>The download runs on a thread of its own so the uplink keeps sending while it lasts. One that fails for a
 * reason that may pass (the hub away, the link cut, a timeout) is tried again, sooner then less often, until
 * it arrives or a newer version replaces it; one whose bytes are not what the province signed is refused, and
 * the refusal is handed to the uplink to report as an alert. Nothing is unpacked before every check passed.
 */
public final class PushedVoice implements AutoCloseable {

    /** What the audit trail names for every pack change. */
    public static final String FILE = VoiceClips.PACKS;
    private static final String PREVIOUS = "previous";
    private static final String ABOUT = "pack.properties";
    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    private static final Duration LAST_RETRY = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(PushedVoice.class.getName());

    /**
     * A pack as /tech shows it.
     *
     * @param version 0 for the shipped clips
     * @param source  the hub address it was downloaded from; empty for the shipped clips
     * @param takenAt when this kiosk switched to it, ISO-8601; empty for the shipped clips
     */
    public record Pack(long version, String language, int clips, String sha256, long bytes, String source,
                       String takenAt) {
        static final Pack SHIPPED = new Pack(0, "vi", 0, "", 0, "", "");
    }

    /** A download under way, with its last failure (empty before the first try ends). */
    public record Download(long version, String since, int attempts, String lastProblem) {
    }

    /**
     * What /tech shows.
     *
     * @param recordings the technician's recordings in config/voice, which win over the pack's clips
     */
    public record State(Pack inForce, Pack previous, boolean previousKept, long newestTaken, Download pending,
                        int recordings) {
    }

    /** A pack refused after its download, for the uplink to report. */
    public record Refusal(long version, String reason, String detail) {
    }

    private record Pending(long version, VoiceOffer offer, HubDownload hub, Instant since, int attempts,
                           String problem) {
    }

    private final Path packs;
    private final Path recordings;
    private final CatalogOrigin origin;
    private final AuditTrail audit;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private final ConcurrentLinkedQueue<Refusal> refusals = new ConcurrentLinkedQueue<>();
    private volatile Pending pending;

    public PushedVoice(Path configDir, AuditTrail audit, Clock clock) {
        this.packs = configDir.resolve(VoiceClips.PACKS);
        this.recordings = configDir.resolve("voice");
        this.origin = new CatalogOrigin(packs.resolveSibling("voice.province.properties"));
        this.audit = audit;
        this.clock = clock;
        this.worker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("voice-pack").daemon(true).factory());
    }

    public long versionInForce() {
        return origin.versions().inForce();
    }

    /** The version whose download is under way; 0 when none. */
    public long versionPending() {
        Pending p = pending;
        return p == null ? 0 : p.version();
    }

    public State state() {
        CatalogOrigin.Versions v = origin.versions();
        Pending p = pending;
        return new State(about(VoiceClips.CURRENT), about(PREVIOUS), v.inForce() != 0 || v.previous() != 0,
                v.newest(), p == null ? null : new Download(p.version(), p.since().toString(), p.attempts(),
                p.problem()), recordingCount());
    }

    /**
     * A voice push the province signed (its signature already verified): the offer is checked and the download
     * started; the pack itself is applied once it has arrived and passed its checks.
     *
     * @param hub where the offer's path is, none when the kiosk has no kiosk.uplink.hub-url
     */
    public synchronized LiveSettings.Pushed applyPushed(byte[] json, long version, Optional<HubDownload> hub) {
        long newest = origin.versions().newest();
        Pending p = pending;
        if (version == newest || (p != null && p.version() == version)) {
            return LiveSettings.Pushed.ALREADY_TAKEN;
        }
        if (version < newest || (p != null && version < p.version())) {
            throw new LiveSettings.Refused("older", List.of("version " + version + " is older than version "
                    + Math.max(newest, p == null ? 0 : p.version()) + ", taken already"));
        }
        VoiceOffer offer;
        try {
            offer = VoiceOffer.parse(json);
        } catch (InvalidContent e) {
            throw new LiveSettings.Refused("schema", e.problems());
        }
        if (!VoiceClips.ships(offer.language())) {
            throw new LiveSettings.Refused("schema", List.of("language " + offer.language()
                    + ": this kiosk has no shipped clips in it to fall back on"));
        }
        if (offer.bytes() > VoicePack.MAX_PACK_BYTES) {
            // Refused on the signed claim alone, before a byte is downloaded.
            throw new LiveSettings.Refused("too-large", List.of("the pack is " + offer.bytes() + " bytes, at most "
                    + VoicePack.MAX_PACK_BYTES));
        }
        if (hub.isEmpty()) {
            throw new LiveSettings.Refused("no-hub-url", List.of("kiosk.uplink.hub-url is not set: the pack cannot be "
                    + "downloaded"));
        }
        pending = new Pending(version, offer, hub.get(), clock.instant(), 0, "");
        worker.execute(() -> download(version));
        return LiveSettings.Pushed.UNDER_WAY;
    }

    /** The refusals found since the last call, oldest first. */
    public List<Refusal> drainRefusals() {
        List<Refusal> out = new ArrayList<>();
        Refusal r;
        while ((r = refusals.poll()) != null) {
            out.add(r);
        }
        return out;
    }

    /** Puts the pack before back (another version, or the shipped clips); a second rollback undoes the first. */
    synchronized State rollback() {
        CatalogOrigin.Versions v = origin.versions();
        if (v.inForce() == 0 && v.previous() == 0) {
            throw new LiveSettings.Refused(List.of("no previous voice pack"));
        }
        Optional<String> now = target(VoiceClips.CURRENT);
        Optional<String> before = target(PREVIOUS);
        try {
            point(VoiceClips.CURRENT, before);
            point(PREVIOUS, now);
        } catch (IOException e) {
            throw notWritable(e);
        }
        origin.swappedWithPrevious();
        return state();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private void download(long version) {
        Pending p = pending;
        if (p == null || p.version() != version) {
            return;
        }
        byte[] zip;
        try {
            zip = p.hub().fetch(p.offer().path(), p.offer().bytes());
        } catch (HubDownload.WrongSize e) {
            refuse(version, "too-large", e.getMessage());
            return;
        } catch (IOException e) {
            retry(p, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            retry(p, String.valueOf(e.getMessage()));
            return;
        }
        String sha = VoicePack.sha256(zip);
        if (!sha.equals(p.offer().sha256())) {
            refuse(version, "sha256-mismatch", "the download's SHA-256 " + sha + " is not the signed "
                    + p.offer().sha256());
            return;
        }
        VoicePack.Checked checked;
        try {
            checked = VoicePack.read(zip);
        } catch (InvalidContent e) {
            refuse(version, "bad-pack", String.join("; ", e.problems()));
            return;
        }
        if (checked.pack().version() != version || !checked.pack().language().equals(p.offer().language())) {
            refuse(version, "bad-pack", "the manifest says version " + checked.pack().version() + " in "
                    + checked.pack().language() + ", the signed message version " + version + " in "
                    + p.offer().language());
            return;
        }
        try {
            put(p, checked);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "could not unpack the voice pack version " + version, e);
            refuse(version, "not-saved", String.valueOf(e.getMessage()));
        }
    }

    /** Unpacks beside what is in force, then switches the link: the clips in force never change under a reader. */
    private synchronized void put(Pending p, VoicePack.Checked checked) throws IOException {
        if (pending != p) {
            return;
        }
        long version = p.version();
        String lang = checked.pack().language();
        Path folder = packs.resolve(Long.toString(version));
        Path work = packs.resolve(version + ".new");
        deleteTree(work);
        Files.createDirectories(work.resolve(lang));
        for (Map.Entry<String, byte[]> e : checked.files().entrySet()) {
            // The names passed VoicePack's rule: no separator, no dot-dot, so each stays in the folder.
            Files.write(work.resolve(lang).resolve(e.getKey()), e.getValue());
        }
        Properties about = new Properties();
        about.setProperty("version", Long.toString(version));
        about.setProperty("language", lang);
        about.setProperty("clips", Integer.toString(checked.files().size()));
        about.setProperty("sha256", p.offer().sha256());
        about.setProperty("bytes", Long.toString(p.offer().bytes()));
        about.setProperty("source", p.hub().base() + p.offer().path().replaceAll("/[0-9a-f]{64}\\.zip$", "/…"));
        about.setProperty("taken-at", clock.instant().toString());
        try (Writer w = Files.newBufferedWriter(work.resolve(ABOUT), StandardCharsets.UTF_8)) {
            about.store(w, "a province voice pack, as this kiosk took it");
        }
        try (FileChannel ch = FileChannel.open(work.resolve(ABOUT), StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        deleteTree(folder);
        Files.move(work, folder, StandardCopyOption.ATOMIC_MOVE);
        Optional<String> before = target(VoiceClips.CURRENT);
        point(VoiceClips.CURRENT, Optional.of(folder.getFileName().toString()));
        point(PREVIOUS, before);
        origin.pushed(version);
        pending = null;
        // Only the pack in force and the one a rollback brings back are kept.
        try (Stream<Path> all = Files.list(packs)) {
            for (Path d : all.filter(Files::isDirectory).filter(d -> !Files.isSymbolicLink(d)).toList()) {
                String name = d.getFileName().toString();
                if (!name.equals(folder.getFileName().toString()) && !before.map(name::equals).orElse(false)) {
                    deleteTree(d);
                }
            }
        }
        audit.record("province", "voice.pushed", FILE, "version " + version + ", " + checked.files().size()
                + " clips in " + lang, null);
        LOG.info(() -> "applied the province voice pack version " + version);
    }

    private synchronized void retry(Pending p, String problem) {
        if (pending != p) {
            return;
        }
        Pending next = new Pending(p.version(), p.offer(), p.hub(), p.since(), p.attempts() + 1, problem);
        pending = next;
        long wait = Math.min(LAST_RETRY.toMillis(), FIRST_RETRY.toMillis() << Math.min(next.attempts() - 1, 16));
        LOG.info(() -> "the voice pack version " + p.version() + " did not download (" + problem + "); trying again in "
                + wait / 1000 + " s");
        worker.schedule(() -> download(p.version()), wait, TimeUnit.MILLISECONDS);
    }

    private synchronized void refuse(long version, String reason, String detail) {
        Pending p = pending;
        if (p != null && p.version() == version) {
            pending = null;
        }
        refusals.add(new Refusal(version, reason, detail));
    }

    /** Where a link points (a version folder's name), if it is there. */
    private Optional<String> target(String link) {
        Path l = packs.resolve(link);
        try {
            return Files.isSymbolicLink(l) ? Optional.of(Files.readSymbolicLink(l).toString()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new link renamed over the old one (rename replaces a link in one step), or the link removed for none. */
    private void point(String link, Optional<String> folder) throws IOException {
        Path l = packs.resolve(link);
        if (folder.isEmpty()) {
            Files.deleteIfExists(l);
            return;
        }
        Files.createDirectories(packs);
        Path tmp = packs.resolve(link + ".new");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, Path.of(folder.get()));
        Files.move(tmp, l, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Pack about(String link) {
        Optional<String> t = target(link);
        if (t.isEmpty()) {
            return Pack.SHIPPED;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(packs.resolve(t.get()).resolve(ABOUT), StandardCharsets.UTF_8)) {
            p.load(r);
            return new Pack(Long.parseLong(p.getProperty("version", "0")), p.getProperty("language", ""),
                    Integer.parseInt(p.getProperty("clips", "0")), p.getProperty("sha256", ""),
                    Long.parseLong(p.getProperty("bytes", "0")), p.getProperty("source", ""),
                    p.getProperty("taken-at", ""));
        } catch (IOException | NumberFormatException e) {
            // Written by this kiosk; only a hand edit gets here. The version is still the folder's name.
            return new Pack(parseOrZero(t.get()), "", 0, "", 0, "", "");
        }
    }

    private int recordingCount() {
        if (!Files.isDirectory(recordings)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(recordings)) {
            return (int) s.filter(f -> f.getFileName().toString().matches("[a-z0-9-]+\\.(ogg|wav)")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long parseOrZero(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static RuntimeException notWritable(IOException e) {
        LOG.log(Level.WARNING, "cannot switch the voice pack", e);
        return new vn.kiosk.app.web.ApiError(503, "config_not_writable", "error.config_not_writable", FILE);
    }
}
