// Time for the press logic: a monotonic clock and delayed tasks, so tests drive time instead of sleeping.
package vn.kiosk.devices.buttons;

import java.time.Duration;

public interface Scheduler extends AutoCloseable {

    /** Nanoseconds from an arbitrary origin, never going back. */
    long nanoTime();

    /** Runs the task once after the delay, on the scheduler's own thread. */
    void schedule(Duration delay, Runnable task);

    @Override
    void close();
}
