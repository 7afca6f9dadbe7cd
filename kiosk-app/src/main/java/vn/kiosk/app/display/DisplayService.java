// Routes for the ceiling display page: its settings, the portal QR code, and the voice clips it plays.
package vn.kiosk.app.display;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.page.QrSvg;
import vn.kiosk.app.voice.VoiceClip;
import vn.kiosk.app.voice.VoiceClips;
import vn.kiosk.app.web.ApiError;

public final class DisplayService implements HttpService {

    /**
     * What a display needs besides the event stream.
     *
     * @param flashSeconds    how long a new call flashes
     * @param catchUpSeconds  a call missed while disconnected is still announced when it is at most this old
     * @param audio           whether displays play call-outs (off where the Pi's own loudspeaker does)
     * @param clipUrl         where each voice clip is, with {name} in place of the clip's name
     * @param complaintUrl    the national feedback and complaint page (phản ánh, kiến nghị); empty: not shown
     */
    public record DisplaySettings(String centreName, String centreNameEn, String portalUrl, int flashSeconds,
                                  int catchUpSeconds, boolean audio, String clipUrl, String complaintUrl,
                                  String timeZone) {
    }

    private final Supplier<DisplaySettings> settings;
    private final VoiceClips clips;

    /** @param settings read on each request, so that a new centre name from the technician's page shows */
    public DisplayService(Supplier<DisplaySettings> settings, VoiceClips clips) {
        this.settings = settings;
        this.clips = clips;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/settings", (req, res) -> res.send(settings.get()))
                .get("/portal-qr.svg", (req, res) -> QrSvg.send(res, settings.get().portalUrl()))
                .get("/complaint-qr.svg", (req, res) -> {
                    String url = settings.get().complaintUrl();
                    if (url.isBlank()) {
                        throw new ApiError(404, "not_found", "error.no_complaint_page");
                    }
                    QrSvg.send(res, url);
                })
                .get("/voice/{name}", this::clip);
    }

    /** A technician's recording when there is one, else the shipped clip; looked up afresh each time. */
    private void clip(ServerRequest req, ServerResponse res) {
        String name = req.path().pathParameters().get("name");
        VoiceClip clip = clips.find(name)
                .orElseThrow(() -> new ApiError(404, "unknown_clip", "error.unknown_clip", name));
        res.headers().set(HeaderNames.CONTENT_TYPE, clip.mediaType());
        // Short, so that a recording dropped into config/voice is heard within a minute.
        res.headers().set(HeaderNames.CACHE_CONTROL, "max-age=60");
        try (InputStream in = clip.open()) {
            res.send(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("voice clip " + name + " could not be read", e);
        }
    }
}
