// A player program for tests: records each run, can hold runs until released, fail, or be missing.
package vn.kiosk.devices.announcer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

final class FakePlayer implements ProcessRunner {

    private final List<List<String>> runs = new ArrayList<>();
    private final BlockingQueue<List<String>> started = new LinkedBlockingQueue<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final AtomicInteger interrupted = new AtomicInteger();
    private final Semaphore releases = new Semaphore(0);
    private volatile boolean holding;
    private volatile ProcessResult answer = new ProcessResult(0, "");
    private volatile boolean missing;

    /** From now on each run waits for {@link #release()}. */
    FakePlayer hold() {
        holding = true;
        return this;
    }

    void release() {
        releases.release();
    }

    void answer(ProcessResult result) {
        answer = result;
    }

    void uninstall() {
        missing = true;
    }

    @Override
    public ProcessResult run(List<String> command) throws IOException, InterruptedException {
        if (missing) {
            throw new IOException("Cannot run program \"" + command.get(0) + "\": error=2, No such file or directory");
        }
        int now = running.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        synchronized (runs) {
            runs.add(command);
        }
        started.add(command);
        try {
            if (holding) {
                releases.acquire();
            }
            return answer;
        } catch (InterruptedException e) {
            interrupted.incrementAndGet();
            throw e;
        } finally {
            running.decrementAndGet();
        }
    }

    /** The next run to start; fails the test if none starts within seconds. */
    List<String> nextStarted() throws InterruptedException {
        List<String> c = started.poll(10, TimeUnit.SECONDS);
        if (c == null) {
            throw new AssertionError("the player was never started");
        }
        return c;
    }

    List<List<String>> runs() {
        synchronized (runs) {
            return List.copyOf(runs);
        }
    }

    int mostAtOnce() {
        return mostAtOnce.get();
    }

    int interrupted() {
        return interrupted.get();
    }
}
