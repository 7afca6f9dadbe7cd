// What the answer to an issue says about the paper ticket: printed, or not and why.
package vn.kiosk.app.ticket;

/**
 * @param status  PRINTED or FAILED; a failed print never stops the number being issued
 * @param printer the printer's state word (READY, PAPER_OUT, COVER_OPEN, OFFLINE …)
 */
public record PrintStatus(String status, String printer, String jobId) {
}
