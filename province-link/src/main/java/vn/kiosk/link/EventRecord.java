// One row of a kiosk's events table as it crosses to the province: no follow token, the actor as a keyed hash.
package vn.kiosk.link;

/**
 * @param ticket  the ticket id, the service day and number ({@code 2026-12-06/A001}); null for a counter's pause
 * @param actor   the officer as a keyed hash (or the user name where the province turned names on), or null
 */
public record EventRecord(long seq, long at, String day, String kind, String ticket, String service,
                          Integer counter, String outcome, String actor) {
}
