// Who the kiosk belongs to: the centre's name and address, as printed and shown.
package vn.kiosk.app.centre;

/**
 * @param onlineFeeWaiver the province waives its own fees for online submission (Thanh Hóa's
 *                        Resolution 12/2025); only then may "free" be said where the catalog flags it
 */
public record Centre(String nameVi, String nameEn, String address, boolean onlineFeeWaiver) {
}
