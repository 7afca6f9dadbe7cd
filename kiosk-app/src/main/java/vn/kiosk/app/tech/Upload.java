// Reads a file the technician sends (a catalog, a centre.yaml) whole into memory, refusing it beyond a limit.
package vn.kiosk.app.tech;

import java.io.IOException;
import java.io.InputStream;

import io.helidon.webserver.http.ServerRequest;

import vn.kiosk.app.web.ApiError;

final class Upload {

    private Upload() {
    }

    static byte[] read(ServerRequest req, int maxBytes) {
        byte[] bytes;
        try (InputStream in = req.content().inputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw ApiError.badRequest("error.body_unreadable");
        }
        if (bytes.length > maxBytes) {
            throw new ApiError(413, "payload_too_large", "error.payload_too_large", maxBytes / 1024);
        }
        return bytes;
    }
}
