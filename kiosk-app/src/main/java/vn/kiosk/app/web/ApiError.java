// An error answer of the API: HTTP status, machine code, and a message key for the human text.
package vn.kiosk.app.web;

import java.util.List;

public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final String messageKey;
    private final List<Object> args;

    public ApiError(int status, String code, String messageKey, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public static ApiError badRequest(String messageKey, Object... args) {
        return new ApiError(400, "bad_request", messageKey, args);
    }

    public static ApiError notFound(String messageKey, Object... args) {
        return new ApiError(404, "not_found", messageKey, args);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
