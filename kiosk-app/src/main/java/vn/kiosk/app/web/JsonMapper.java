// The one ObjectMapper of the server: answers, live events and request bodies all use the same settings.
package vn.kiosk.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

public final class JsonMapper {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

    private JsonMapper() {
    }

    public static ObjectMapper get() {
        return MAPPER;
    }
}
