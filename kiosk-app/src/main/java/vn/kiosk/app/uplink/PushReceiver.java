// Takes the province's signed pushes (catalog, ticker, this commune's settings, voice pack): verified against the
// installed province key, then applied live.
package vn.kiosk.app.uplink;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.kiosk.app.auth.AuditTrail;
import vn.kiosk.app.tech.LiveSettings;
import vn.kiosk.link.Topics;
import vn.kiosk.link.push.ProvinceKeys;
import vn.kiosk.link.push.PushCodec;
import vn.kiosk.link.push.PushKind;
import vn.kiosk.link.push.PushVerdict;
import vn.kiosk.link.push.PushVerifier;

/**
 * The order of the checks is the order of trust: size and form, the signature (nothing unsigned is inflated
 * or parsed), the version, then the catalog's own checks against this centre's services. Whatever is refused
 * leaves the catalog in force untouched. The key file is read for each push, so a key installed later (or
 * replaced) counts without a restart.
 */
public final class PushReceiver implements PushInbox {

    private static final Logger LOG = Logger.getLogger(PushReceiver.class.getName());
    /** How much of a refusal's problems travels in the alert. */
    private static final int DETAIL_CHARS = 600;

    private final Supplier<Optional<Path>> keyFile;
    private final Map<PushKind, PushTaker> takers;
    private final AuditTrail audit;

    /** The province catalog only (the drill's communes). */
    public PushReceiver(Supplier<Optional<Path>> keyFile, LiveSettings settings, AuditTrail audit) {
        this(keyFile, List.of(catalog(settings)), audit);
    }

    public PushReceiver(Supplier<Optional<Path>> keyFile, List<PushTaker> takers, AuditTrail audit) {
        this.keyFile = keyFile;
        this.takers = new java.util.EnumMap<>(PushKind.class);
        takers.forEach(t -> this.takers.put(t.kind(), t));
        this.audit = audit;
    }

    /** The catalog: province/all/catalog, applied through the /tech upload's checks. */
    public static PushTaker catalog(LiveSettings settings) {
        return new PushTaker(PushKind.CATALOG, Topics.toAll(PushKind.CATALOG.code()), "catalog/procedures.json",
                settings::applyPushedCatalog);
    }

    @Override
    public List<String> topics() {
        return takers.values().stream().map(PushTaker::topic).toList();
    }

    @Override
    public List<Refusal> later() {
        List<Refusal> out = new java.util.ArrayList<>();
        for (PushTaker t : takers.values()) {
            for (PushTaker.Late l : t.later().refused()) {
                refuse(t.kind().code(), l.version(), l.reason(), l.detail()).ifPresent(out::add);
            }
        }
        return out;
    }

    @Override
    public Optional<Refusal> receive(String topic, byte[] message) {
        if (message.length == 0) {
            // How a retained copy is cleared from the broker: nothing was sent, so nothing is taken or refused.
            return Optional.empty();
        }
        // Until the signature holds, the kind named inside is only a claim: the topic names the push in a refusal.
        String claimed = topic.substring(topic.lastIndexOf('/') + 1);
        long version = switch (PushCodec.decode(message)) {
            case PushCodec.Decoded.Push p -> p.push().version();
            case PushCodec.Decoded.Refused r -> -1;
        };
        Optional<Path> file = keyFile.get();
        if (file.isEmpty()) {
            return refuse(claimed, version, "no-key", "kiosk.uplink.province-key is not set");
        }
        PublicKey key;
        try {
            key = ProvinceKeys.readPublic(file.get());
        } catch (IOException | IllegalArgumentException e) {
            return refuse(claimed, version, "no-key", "the province key " + file.get() + " cannot be read: "
                    + e.getMessage());
        }
        return switch (new PushVerifier(key).verify(message)) {
            case PushVerdict.Refused r -> refuse(claimed, version, r.reason(), r.detail());
            case PushVerdict.Verified v -> apply(topic, v);
        };
    }

    private Optional<Refusal> apply(String topic, PushVerdict.Verified v) {
        long version = v.push().version();
        PushKind kind = v.push().kind();
        PushTaker taker = takers.get(kind);
        if (taker == null || !taker.topic().equals(topic)) {
            // Signed for one purpose, sent on another topic (another commune's, another kind's): not ours to take.
            return refuse(kind.code(), version, "wrong-topic", kind.code() + " arrived on " + topic);
        }
        try {
            if (taker.apply().apply(v.content(), version) == LiveSettings.Pushed.APPLIED) {
                audit.record("province", kind.code() + ".pushed", taker.file(), "version " + version, null);
                LOG.info(() -> "applied the province " + kind.code() + " version " + version);
            }
            return Optional.empty();
        } catch (LiveSettings.Refused e) {
            return refuse(kind.code(), version, e.reason(), String.join("; ", e.problems()));
        } catch (RuntimeException e) {
            // A configuration folder that cannot be written (a read-only root): what is in force stays.
            LOG.log(Level.WARNING, "could not save the province " + kind.code() + " version " + version, e);
            return refuse(kind.code(), version, "not-saved", String.valueOf(e.getMessage()));
        }
    }

    private Optional<Refusal> refuse(String push, long version, String reason, String detail) {
        String d = detail.length() > DETAIL_CHARS ? detail.substring(0, DETAIL_CHARS) + "…" : detail;
        LOG.warning(() -> "refused the province " + push + (version >= 0 ? " version " + version : "") + ": "
                + reason + " (" + d + ")");
        PushTaker taker = PushKind.of(push).map(takers::get).orElse(null);
        audit.record("province", push + ".push_refused", taker == null ? push : taker.file(), reason + ": " + d, null);
        return Optional.of(new Refusal(push, version, reason, d));
    }
}
