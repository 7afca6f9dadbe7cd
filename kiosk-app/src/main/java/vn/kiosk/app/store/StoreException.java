// The database could not do what was asked (disk full, file damaged); the API answers 503.
package vn.kiosk.app.store;

public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
