// One published ticker or settings override as the API lists it: its version, scope, when and by whom.
package vn.kiosk.hub.push;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * @param scope        "all", or the centre it was published to
 * @param content      what the kiosks apply, as JSON (the ticker's texts, the override's settings)
 * @param messageBytes the signed, compressed message on the broker
 */
public record PushVersion(String kind, String scope, long version, String issuedAt, String publishedBy,
                          JsonNode content, int messageBytes) {
}
