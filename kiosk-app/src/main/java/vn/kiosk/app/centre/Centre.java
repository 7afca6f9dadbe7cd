// Who the kiosk belongs to: the centre's name and address, as printed and shown.
package vn.kiosk.app.centre;

public record Centre(String nameVi, String nameEn, String address) {
}
