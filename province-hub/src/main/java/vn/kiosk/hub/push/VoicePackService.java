// POST/GET /api/v1/voice/packs (upload a voice clip pack, list them), publish one, and the kiosks' download route.
package vn.kiosk.hub.push;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.hub.auth.AuditLog;
import vn.kiosk.hub.auth.Guard;
import vn.kiosk.hub.auth.Role;
import vn.kiosk.hub.auth.Session;
import vn.kiosk.hub.web.ApiError;
import vn.kiosk.hub.web.Words;
import vn.kiosk.link.push.InvalidContent;
import vn.kiosk.link.push.VoicePack;

/**
 * Registered at /api/v1. Uploading and publishing are a province admin's, the list its leaders' and technicians'
 * too. The download is a kiosk's, which has no hub account: it is allowed from the hub's networks for the
 * token in the signed offer, which only a commune's broker account can read, so the broker credential each
 * kiosk already holds is what authorises it (the hub never sees those passwords); the bytes are fixed by the
 * signed SHA-256 whoever fetches them.
 */
public final class VoicePackService implements HttpService {

    private static final int LIST_LIMIT = 200;
    private static final Pattern DOWNLOAD = Pattern.compile("([0-9a-f]{64})\\.zip");

    private final VoicePacks packs;
    private final Guard guard;
    private final AuditLog audit;
    private final Words words;

    public VoicePackService(VoicePacks packs, Guard guard, AuditLog audit, Words words) {
        this.packs = packs;
        this.guard = guard;
        this.audit = audit;
        this.words = words;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/voice/packs", this::upload)
                .get("/voice/packs", (req, res) -> {
                    guard.require(req, Role.LEADER, Role.TECHNICIAN, Role.ADMIN);
                    res.send(packs.list(LIST_LIMIT));
                })
                .post("/voice/packs/{version}/publish", (req, res) -> {
                    Session s = guard.require(req, Role.ADMIN);
                    long version = version(req);
                    VoicePacks.Row row = packs.publish(version, s.username());
                    audit.record(s.username(), "voice.published", Long.toString(version),
                            row.clips() + " clips in " + row.language(), Guard.addressText(req));
                    res.send(row);
                })
                .get("/voice/packs/{version}/{file}", this::download);
    }

    private void upload(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.ADMIN);
        byte[] zip;
        try (InputStream in = req.content().inputStream()) {
            zip = in.readNBytes((int) VoicePack.MAX_PACK_BYTES + 1);
        } catch (IOException e) {
            throw ApiError.badRequest("bad_body");
        }
        if (zip.length > VoicePack.MAX_PACK_BYTES) {
            throw new ApiError(413, "voice_pack_too_large", "error.voice_pack_too_large",
                    VoicePack.MAX_PACK_BYTES / (1024 * 1024));
        }
        VoicePack.Checked checked;
        try {
            checked = VoicePack.read(zip);
        } catch (InvalidContent e) {
            res.status(Status.create(422));
            res.send(new CatalogPushService.Refusal("invalid_voice_pack",
                    words.get(Words.language(req), "error.invalid_voice_pack"), e.problems()));
            return;
        }
        VoicePacks.Row row = packs.upload(checked, zip, s.username());
        audit.record(s.username(), "voice.uploaded", Long.toString(row.version()),
                row.clips() + " clips in " + row.language() + ", " + row.bytes() + " bytes", Guard.addressText(req));
        res.status(Status.CREATED_201).send(row);
    }

    private void download(ServerRequest req, ServerResponse res) {
        guard.allowNetwork(req);
        Matcher m = DOWNLOAD.matcher(req.path().pathParameters().get("file"));
        if (!m.matches()) {
            throw ApiError.notFound();
        }
        byte[] zip = packs.download(version(req), m.group(1)).orElseThrow(ApiError::notFound);
        res.headers().set(HeaderNames.CONTENT_TYPE, "application/zip");
        res.send(zip);
    }

    private static long version(ServerRequest req) {
        try {
            return Long.parseLong(req.path().pathParameters().get("version"));
        } catch (NumberFormatException e) {
            throw ApiError.notFound();
        }
    }
}
