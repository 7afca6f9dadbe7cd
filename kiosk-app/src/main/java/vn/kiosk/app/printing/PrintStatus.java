// What the kiosk is told about a paper job: PENDING, PRINTED, FAILED (with the printer's state), or NOT_REQUESTED.
package vn.kiosk.app.printing;

/**
 * @param status  PENDING while queued, PRINTED, FAILED, or NOT_REQUESTED when no paper was asked for;
 *                a failed print never stops the number being issued
 * @param printer the printer's state word when it ended (READY, PAPER_OUT, COVER_OPEN, OFFLINE, BUSY …)
 */
public record PrintStatus(String status, String printer, String jobId) {
}
