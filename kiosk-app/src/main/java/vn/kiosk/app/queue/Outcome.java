// How a served ticket ended at the counter; GUIDED_ONLINE is the centre's online target.
package vn.kiosk.app.queue;

public enum Outcome {
    RECEIVED_DOSSIER, GUIDED_ONLINE, NEEDS_MORE_DOCUMENTS, OTHER
}
