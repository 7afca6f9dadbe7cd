// Takes a signed catalog from the province: verified against the installed province key, then applied live.
package vn.kiosk.app.uplink;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
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
    private final LiveSettings settings;
    private final AuditTrail audit;

    public PushReceiver(Supplier<Optional<Path>> keyFile, LiveSettings settings, AuditTrail audit) {
        this.keyFile = keyFile;
        this.settings = settings;
        this.audit = audit;
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.toAll(PushKind.CATALOG.code()));
    }

    @Override
    public Optional<Refusal> receive(String topic, byte[] message) {
        long version = switch (PushCodec.decode(message)) {
            case PushCodec.Decoded.Push p -> p.push().version();
            case PushCodec.Decoded.Refused r -> -1;
        };
        Optional<Path> file = keyFile.get();
        if (file.isEmpty()) {
            return refuse(version, "no-key", "kiosk.uplink.province-key is not set");
        }
        PublicKey key;
        try {
            key = ProvinceKeys.readPublic(file.get());
        } catch (IOException | IllegalArgumentException e) {
            return refuse(version, "no-key", "the province key " + file.get() + " cannot be read: " + e.getMessage());
        }
        return switch (new PushVerifier(key).verify(message)) {
            case PushVerdict.Refused r -> refuse(version, r.reason(), r.detail());
            case PushVerdict.Verified v -> apply(v);
        };
    }

    private Optional<Refusal> apply(PushVerdict.Verified v) {
        long version = v.push().version();
        try {
            if (settings.applyPushedCatalog(v.content(), version) == LiveSettings.Pushed.APPLIED) {
                audit.record("province", "catalog.pushed", "catalog/procedures.json", "version " + version,
                        null);
                LOG.info(() -> "applied the province catalog version " + version);
            }
            return Optional.empty();
        } catch (LiveSettings.Refused e) {
            return refuse(version, e.reason(), String.join("; ", e.problems()));
        } catch (RuntimeException e) {
            // A configuration folder that cannot be written (a read-only root): the catalog in force stays.
            LOG.log(Level.WARNING, "could not save the province catalog version " + version, e);
            return refuse(version, "not-saved", String.valueOf(e.getMessage()));
        }
    }

    private Optional<Refusal> refuse(long version, String reason, String detail) {
        String d = detail.length() > DETAIL_CHARS ? detail.substring(0, DETAIL_CHARS) + "…" : detail;
        LOG.warning(() -> "refused the province catalog" + (version >= 0 ? " version " + version : "") + ": "
                + reason + " (" + d + ")");
        audit.record("province", "catalog.push_refused", "catalog/procedures.json", reason + ": " + d, null);
        return Optional.of(new Refusal(PushKind.CATALOG.code(), version, reason, d));
    }
}
