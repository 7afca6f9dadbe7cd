// Who sits at each counter now, so that a wired button press acts on behalf of that officer.
package vn.kiosk.app.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class CounterSeats {

    /** An officer at a counter until their session ends. */
    private record Seat(String username, Instant until) {
    }

    private final Map<Integer, Seat> seats = new ConcurrentHashMap<>();
    private final Clock clock;

    public CounterSeats(Clock clock) {
        this.clock = clock;
    }

    /** The officer takes the counter; whoever sat there before is no longer answerable for it. */
    public void sit(int counter, String username, Instant until) {
        seats.put(counter, new Seat(username, until));
    }

    /** The officer leaves; a seat someone else has taken since is left alone. */
    public void leave(int counter, String username) {
        seats.computeIfPresent(counter, (k, seat) -> seat.username().equals(username) ? null : seat);
    }

    /** The officer seated at the counter whose session has not ended. */
    public Optional<String> occupant(int counter) {
        Seat seat = seats.get(counter);
        if (seat == null || !seat.until().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(seat.username());
    }
}
