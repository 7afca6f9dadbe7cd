// How a served ticket ended at the counter; GUIDED_ONLINE and FILED_ONLINE count towards the centre's online target.
package vn.kiosk.app.queue;

public enum Outcome {
    RECEIVED_DOSSIER, GUIDED_ONLINE, NEEDS_MORE_DOCUMENTS, OTHER,
    /** The assisted-online desk's outcomes: filed online with the officer's help, a VNeID account set up, sent
     *  on to a counter for a paper dossier, or could not file (with reason chips, see NotFiledReason). */
    FILED_ONLINE, VNEID_SET_UP, SENT_TO_COUNTER, NOT_FILED;

    /** The citizen's dossier went in online: the share "guided online" counts these. */
    public boolean online() {
        return this == GUIDED_ONLINE || this == FILED_ONLINE;
    }

    /** One of the assisted-online desk's own outcomes. */
    public boolean desk() {
        return ordinal() >= FILED_ONLINE.ordinal();
    }
}
