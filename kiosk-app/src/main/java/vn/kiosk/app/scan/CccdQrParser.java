// Checks the QR of a citizen ID card (CCCD) and gives back the holder's age only; nothing else leaves it.
package vn.kiosk.app.scan;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/**
 * The QR holds {@code ID|old CMND or empty|name|birth DDMMYYYY|Nam or Nữ|address|issue DDMMYYYY}, in
 * UTF-8 without a marker of its own; newer cards are undocumented, so extra trailing fields are tolerated.
 * The card's text lives only in local variables of one call: nothing is kept, logged or put into a message,
 * and no check here can throw (dates are validated before they are built).
 */
public final class CccdQrParser {

    public static final int MIN_FIELDS = 7;
    private static final int FIRST_YEAR = 1900;

    private CccdQrParser() {
    }

    /** @param today the date in the centre's time zone (Asia/Ho_Chi_Minh), against which the age is counted */
    public static CccdCheck check(String payload, LocalDate today) {
        if (payload == null) {
            return new CccdCheck.Rejected(CccdProblem.TOO_FEW_FIELDS);
        }
        // Scanners and phones hand over either composed or decomposed Vietnamese letters ("Nữ").
        String[] fields = Normalizer.normalize(payload, Normalizer.Form.NFC).split("\\|", -1);
        if (fields.length < MIN_FIELDS) {
            return new CccdCheck.Rejected(CccdProblem.TOO_FEW_FIELDS);
        }
        String id = fields[0].strip();
        if (!isDigits(id, 12)) {
            return new CccdCheck.Rejected(CccdProblem.BAD_ID_NUMBER);
        }
        String oldId = fields[1].strip();
        if (!oldId.isEmpty() && !isDigits(oldId, 9)) {
            return new CccdCheck.Rejected(CccdProblem.BAD_OLD_ID_NUMBER);
        }
        if (fields[2].isBlank()) {
            return new CccdCheck.Rejected(CccdProblem.NO_NAME);
        }
        LocalDate birth = date(fields[3].strip());
        if (birth == null || birth.getYear() < FIRST_YEAR || birth.isAfter(today)) {
            return new CccdCheck.Rejected(CccdProblem.BAD_BIRTH_DATE);
        }
        // The 4th digit codes century and gender: 0/1 born 1900-1999 male/female, 2/3 born 2000-2099, and so on.
        int code = id.charAt(3) - '0';
        int centuryStart = FIRST_YEAR + code / 2 * 100;
        if (birth.getYear() < centuryStart || birth.getYear() >= centuryStart + 100) {
            return new CccdCheck.Rejected(CccdProblem.CENTURY_MISMATCH);
        }
        boolean female = code % 2 == 1;
        String gender = fields[4].strip();
        if ((gender.equalsIgnoreCase("Nam") && female) || (gender.equalsIgnoreCase("Nữ") && !female)) {
            return new CccdCheck.Rejected(CccdProblem.GENDER_MISMATCH);
        }
        LocalDate issued = date(fields[6].strip());
        if (issued == null || issued.isAfter(today) || issued.isBefore(birth)) {
            return new CccdCheck.Rejected(CccdProblem.BAD_ISSUE_DATE);
        }
        return new CccdCheck.Age(Period.between(birth, today).getYears());
    }

    /** A real calendar date written DDMMYYYY, or null. */
    private static LocalDate date(String text) {
        if (!isDigits(text, 8)) {
            return null;
        }
        int day = Integer.parseInt(text, 0, 2, 10);
        int month = Integer.parseInt(text, 2, 4, 10);
        int year = Integer.parseInt(text, 4, 8, 10);
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** ASCII digits only: Character.isDigit would also let in Arabic-Indic or full-width digits. */
    private static boolean isDigits(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
