// Reads a request's JSON body into a record; anything that is not that record is a 400, never a 500.
package vn.kiosk.hub.web;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.ServerRequest;

public final class JsonBody {

    /** A body larger than this is no sign-in or note: refused before it is read whole. */
    private static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private JsonBody() {
    }

    public static <T> T read(ServerRequest req, Class<T> type) {
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw ApiError.badRequest("body_too_large");
            }
            T value = bytes.length == 0 ? null : JSON.readValue(bytes, type);
            if (value == null) {
                throw ApiError.badRequest("bad_json");
            }
            return value;
        } catch (IOException e) {
            throw ApiError.badRequest("bad_json");
        }
    }
}
