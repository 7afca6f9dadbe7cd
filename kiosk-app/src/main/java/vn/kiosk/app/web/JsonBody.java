// Reads a request's JSON body into a record, answering 400 with a clear message when it is not usable.
package vn.kiosk.app.web;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.helidon.webserver.http.ServerRequest;

public final class JsonBody {

    /** Bodies larger than this never reach a handler: the listener answers 413 first. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final ObjectMapper READER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    private JsonBody() {
    }

    public static <T> T read(ServerRequest req, Class<T> type) {
        byte[] bytes;
        try (InputStream in = req.content().inputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw ApiError.badRequest("error.body_unreadable");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ApiError(413, "payload_too_large", "error.payload_too_large", MAX_BYTES / 1024);
        }
        return parse(bytes, type);
    }

    static <T> T parse(byte[] bytes, Class<T> type) {
        if (bytes.length == 0) {
            throw new ApiError(400, "malformed_json", "error.body_missing");
        }
        try {
            T value = READER.readValue(bytes, type);
            if (value == null) {
                throw new ApiError(400, "malformed_json", "error.body_missing");
            }
            return value;
        } catch (MismatchedInputException e) {
            throw new ApiError(400, "invalid_field", "error.invalid_field", fieldOf(e));
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "malformed_json", "error.malformed_json");
        } catch (IOException e) {
            throw new ApiError(400, "malformed_json", "error.malformed_json");
        }
    }

    /** The innermost named field; a bad list element ("roles": ["KING"]) is named by its list. */
    private static String fieldOf(MismatchedInputException e) {
        for (int i = e.getPath().size() - 1; i >= 0; i--) {
            String name = e.getPath().get(i).getFieldName();
            if (name != null) {
                return name;
            }
        }
        return "(body)";
    }
}
