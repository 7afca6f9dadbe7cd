// The whole league table as the API answers it: the period, the order asked for, and the ranked rows.
package vn.kiosk.hub.league;

import java.util.List;

public record LeagueTable(String from, String to, String sort, String dir, long openingMinutes, List<LeagueRow> rows) {
}
