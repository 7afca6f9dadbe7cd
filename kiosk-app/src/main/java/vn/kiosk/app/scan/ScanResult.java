// What a scanned code means to the kiosk; exactly one of these, and never more of an ID card than an age.
package vn.kiosk.app.scan;

public sealed interface ScanResult {

    /** A citizen ID card (CCCD) that passed the checks; the age is all that is kept of it. */
    record CitizenCard(int age) implements ScanResult {
    }

    /** The follow link printed on one of our tickets. */
    record OurTicket(String followToken) implements ScanResult {
    }

    /** A national portal link to a procedure of the catalog. */
    record ProcedureLink(String procedureId) implements ScanResult {
    }

    record Unsupported(Reason reason) implements ScanResult {

        public enum Reason {
            /** Nothing, or only blanks. */
            EMPTY,
            /** Longer than any code the kiosk reads. */
            TOO_LONG,
            /** Control characters or undecodable bytes: not text. */
            BINARY,
            NOT_RECOGNISED,
            /** Shaped like an ID card, but its numbers or dates do not hold together. */
            INVALID_CARD,
            /** A national portal link to a procedure not in the catalog. */
            UNKNOWN_PROCEDURE
        }
    }
}
