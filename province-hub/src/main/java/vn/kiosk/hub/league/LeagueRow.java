// One centre's line of the league table: its rank by the sort column, its figures and its kiosk's uptime.
package vn.kiosk.hub.league;

/**
 * @param rank   1 for the first by the sort column in the chosen direction, equal values sharing a rank;
 *               null when the row has no value in that column
 * @param days   the closed days the centre rolled up in the range
 * @param uptime the share of the range's opening minutes in which the kiosk reported its health; null when the
 *               range holds no opening minute
 */
public record LeagueRow(Integer rank, String centre, int days, LeagueFigures figures, Double uptime) {

    LeagueRow ranked(Integer r) {
        return new LeagueRow(r, centre, days, figures, uptime);
    }
}
