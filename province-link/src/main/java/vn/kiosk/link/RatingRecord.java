// One citizen's rating as it crosses to the province: the level and reason codes, never free text.
package vn.kiosk.link;

import java.util.List;

public record RatingRecord(String ticket, String day, long at, String rating, List<String> reasons,
                           Integer counter, String service, String procedure) {
}
