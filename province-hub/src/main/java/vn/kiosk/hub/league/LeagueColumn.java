// The columns the league table sorts by, as the API names them, and the value each reads from a row.
package vn.kiosk.hub.league;

import java.util.Optional;
import java.util.function.Function;

public enum LeagueColumn {
    CENTRE("centre", r -> r.centre()),
    ISSUED("issued", r -> r.figures().issued()),
    SERVED("served", r -> r.figures().served()),
    WAIT_MEAN("waitMean", r -> r.figures().waitN() == 0 ? null : r.figures().waitMeanSeconds()),
    WAIT_MEDIAN("waitMedian", r -> r.figures().waitN() == 0 ? null : r.figures().waitMedianSeconds()),
    GUIDED_SHARE("guidedShare", r -> r.figures().guidedShare()),
    SATISFACTION("satisfaction", r -> r.figures().satisfaction()),
    RATED_SHARE("ratedShare", r -> r.figures().ratedShare()),
    NO_SHOWS("noShows", r -> r.figures().noShows()),
    UPTIME("uptime", LeagueRow::uptime);

    private final String apiName;
    private final Function<LeagueRow, Comparable<?>> value;

    LeagueColumn(String apiName, Function<LeagueRow, Comparable<?>> value) {
        this.apiName = apiName;
        this.value = value;
    }

    public String apiName() {
        return apiName;
    }

    /** Null where the row has nothing to say (no wait measured, nothing rated): such rows go last, unranked. */
    Comparable<?> of(LeagueRow r) {
        return value.apply(r);
    }

    public static Optional<LeagueColumn> named(String name) {
        for (LeagueColumn c : values()) {
            if (c.apiName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
