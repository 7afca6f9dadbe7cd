// A scheduler whose time moves only when the test says so; due tasks run on the test's thread.
package vn.kiosk.devices.buttons;

import java.time.Duration;
import java.util.Comparator;
import java.util.PriorityQueue;

final class ManualScheduler implements Scheduler {

    private record Task(long due, long order, Runnable run) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>(
            Comparator.comparingLong(Task::due).thenComparingLong(Task::order));
    private long now = 1_000_000_000L;
    private long added;
    private boolean closed;

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void schedule(Duration delay, Runnable task) {
        if (!closed) {
            tasks.add(new Task(now + Math.max(0, delay.toNanos()), added++, task));
        }
    }

    /** Moves time forward, running each task when its time comes. */
    void advance(Duration by) {
        long until;
        synchronized (this) {
            until = now + by.toNanos();
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.due() > until) {
                    now = until;
                    return;
                }
                tasks.poll();
                now = next.due();
            }
            next.run().run();
        }
    }

    void advanceMillis(long ms) {
        advance(Duration.ofMillis(ms));
    }

    @Override
    public synchronized void close() {
        closed = true;
        tasks.clear();
    }
}
