// Why a payload shaped like a citizen ID card QR was not accepted; a reason only, never the offending value.
package vn.kiosk.app.scan;

public enum CccdProblem {
    TOO_FEW_FIELDS,
    BAD_ID_NUMBER,
    BAD_OLD_ID_NUMBER,
    NO_NAME,
    BAD_BIRTH_DATE,
    BAD_ISSUE_DATE,
    /** The ID's century digit says another century than the birth date. */
    CENTURY_MISMATCH,
    /** The ID's gender digit says otherwise than the gender field. */
    GENDER_MISMATCH
}
