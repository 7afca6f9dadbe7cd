// The JSON body of every error answer: {"error": machine code, "message": human text}.
package vn.kiosk.app.web;

public record ErrorBody(String error, String message) {
}
