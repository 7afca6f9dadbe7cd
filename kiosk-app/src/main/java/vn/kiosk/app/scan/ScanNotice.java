// What the kiosk page is told about a scan: its kind and what to do; never anything read from an ID card.
package vn.kiosk.app.scan;

import vn.kiosk.app.issuing.FollowAnswer;

/**
 * @param kind          CITIZEN_CARD, TICKET, PROCEDURE or UNSUPPORTED
 * @param offerPriority for a card: the holder is old enough for the priority offer (the age itself is not sent)
 * @param ticket        for a ticket of today: its state, position and wait
 * @param procedureId   for a portal link: the procedure whose card to open
 * @param reason        for UNSUPPORTED: the reason code (EMPTY, NOT_RECOGNISED, INVALID_CARD, TICKET_NOT_TODAY …)
 * @param message       for UNSUPPORTED: the friendly Vietnamese sentence to show
 */
public record ScanNotice(String kind, Boolean offerPriority, FollowAnswer ticket, String procedureId, String reason,
                         String message, String at) {
}
