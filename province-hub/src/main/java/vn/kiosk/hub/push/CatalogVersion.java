// One published catalog as the API lists it: its version, when and by whom, its size and its content's hash.
package vn.kiosk.hub.push;

/**
 * @param sha256       of the catalog file as published (what a kiosk writes to its procedures.json)
 * @param messageBytes the signed message on the broker, compressed
 */
public record CatalogVersion(long version, String issuedAt, String publishedBy, int procedures, int fields,
                             String sha256, int contentBytes, int messageBytes) {
}
