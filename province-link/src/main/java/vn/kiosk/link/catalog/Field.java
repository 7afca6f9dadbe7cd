// A grouping of procedures for the kiosk screen (civil status, land …).
package vn.kiosk.link.catalog;

public record Field(String code, String nameVi, String nameEn, String iconHint) {
}
