// A refusal the API answers as JSON: the status, a stable code for programs and a message key for people.
package vn.kiosk.hub.web;

public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final String messageKey;
    private final transient Object[] args;

    public ApiError(int status, String code, String messageKey, Object... args) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static ApiError badRequest(String code, Object... args) {
        return new ApiError(400, code, "error." + code, args);
    }

    public static ApiError notFound() {
        return new ApiError(404, "not_found", "error.not_found");
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
        return args.clone();
    }
}
