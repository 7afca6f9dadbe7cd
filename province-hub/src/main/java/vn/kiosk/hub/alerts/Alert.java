// An alert as the API shows it: the fault, who repairs it, the notes, and for a closed one how long it took.
package vn.kiosk.hub.alerts;

import java.util.List;

/**
 * @param closedBy        the technician who closed it, or "auto" when the hub saw the fault clear
 * @param durationSeconds closed minus opened, for a closed alert; null while it is open
 */
public record Alert(long id, String centre, String kind, String detail, String openedAt, String clearedAt,
                    String assignee, String note, String closedAt, String closedBy, Long durationSeconds,
                    List<Note> notes) {

    /** One note a technician wrote. */
    public record Note(String at, String author, String note) {
    }
}
