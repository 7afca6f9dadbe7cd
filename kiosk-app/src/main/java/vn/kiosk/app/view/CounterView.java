// A counter as consoles and displays see it: what it serves and what it is doing.
package vn.kiosk.app.view;

import java.util.List;

/** {@code state} is PAUSED, IDLE, CALLED or SERVING. */
public record CounterView(int id, String name, String nameEn, List<String> serviceIds, String state,
                          boolean paused, String currentTicketId, String currentNumber) {
}
