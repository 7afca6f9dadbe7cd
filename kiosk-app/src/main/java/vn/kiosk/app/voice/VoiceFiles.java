// GET /voice/<lang>/<clip>.ogg for the kiosk page and the displays: a recording or the pack's clip, else the shipped one.
package vn.kiosk.app.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * In front of the static files: what only the kiosk's own folders hold is answered here, a shipped clip is
 * left to the static content below (with its own caching). The lookup is {@link VoiceClips}', so the page hears
 * what the announcer plays.
 */
public final class VoiceFiles implements Handler {

    private final Path configDir;

    public VoiceFiles(Path configDir) {
        this.configDir = configDir;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        String lang = req.path().pathParameters().get("lang");
        String file = req.path().pathParameters().get("file");
        int dot = file.lastIndexOf('.');
        Optional<VoiceClip> clip = dot < 0 || !VoiceClips.ships(lang) ? Optional.empty()
                : VoiceClips.inConfig(configDir, lang).find(file.substring(0, dot))
                .filter(c -> c.type().equals(file.substring(dot + 1)))
                .filter(c -> c.location().getProtocol().equals("file"));
        if (clip.isEmpty()) {
            res.next();
            return;
        }
        res.headers().set(HeaderNames.CONTENT_TYPE, clip.get().mediaType());
        // Short, as for the display's clips: a pack switched or rolled back is heard within a minute.
        res.headers().set(HeaderNames.CACHE_CONTROL, "max-age=60");
        try (InputStream in = clip.get().open()) {
            res.send(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("voice clip " + file + " could not be read", e);
        }
    }
}
