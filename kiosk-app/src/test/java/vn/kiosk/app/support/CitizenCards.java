// Made-up citizen ID card QR payloads of people born on a given day, for tests that scan a card.
package vn.kiosk.app.support;

public final class CitizenCards {

    private CitizenCards() {
    }

    /** A synthetic card of someone born on that day; the ID's fourth digit carries century and gender. */
    public static String card(int serial, int day, int month, int year, boolean woman, String name, boolean oldId) {
        int centuryDigit = (year >= 2000 ? 2 : 0) + (woman ? 1 : 0);
        String id = String.format("%03d%d%02d%06d", 1 + serial % 90, centuryDigit, year % 100, serial);
        String cmnd = oldId ? String.format("%09d", 100_000_000 + serial) : "";
        return id + "|" + cmnd + "|" + name + "|" + String.format("%02d%02d%04d", day, month, year) + "|"
                + (woman ? "Nữ" : "Nam") + "|Thôn Đông, xã Minh Sơn, tỉnh Thanh Hóa|01052021";
    }
}
