// A scanner's input for tests: the test queues bytes, pauses, unplugs and read errors with the time they happen.
package vn.kiosk.devices.scanner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The reader asks the ticker for the time right after each read, so each step sets the ticker to its own
 * time: framing and repeats then depend on the script, not on how fast the machine runs.
 */
final class ScriptedInput {

    private sealed interface Step {
    }

    private record Bytes(byte[] data, long atNanos) implements Step {
    }

    private record Quiet(long atNanos) implements Step {
    }

    private record Gone() implements Step {
    }

    private record Fails(String message) implements Step {
    }

    static final long MS = 1_000_000L;

    private final BlockingQueue<Step> steps = new LinkedBlockingQueue<>();
    private final AtomicLong now = new AtomicLong();
    private final AtomicBoolean plugged = new AtomicBoolean(true);
    private final AtomicBoolean open = new AtomicBoolean();
    private final AtomicInteger opens = new AtomicInteger();
    private final AtomicInteger openAttempts = new AtomicInteger();

    LongSupplier ticker() {
        return now::get;
    }

    ScriptedInput bytes(byte[] data, long atMillis) {
        steps.add(new Bytes(data.clone(), atMillis * MS));
        return this;
    }

    ScriptedInput text(String text, long atMillis) {
        return bytes(text.getBytes(StandardCharsets.UTF_8), atMillis);
    }

    /** A read that times out at this time, so the reader may end a scan that had no suffix. */
    ScriptedInput quiet(long atMillis) {
        steps.add(new Quiet(atMillis * MS));
        return this;
    }

    /** The device disappears: the next read returns -1. */
    ScriptedInput gone() {
        steps.add(new Gone());
        return this;
    }

    ScriptedInput readError(String message) {
        steps.add(new Fails(message));
        return this;
    }

    void setPlugged(boolean value) {
        plugged.set(value);
    }

    boolean isOpen() {
        return open.get();
    }

    int opens() {
        return opens.get();
    }

    int openAttempts() {
        return openAttempts.get();
    }

    boolean drained() {
        return steps.isEmpty();
    }

    void open() throws IOException {
        openAttempts.incrementAndGet();
        if (!plugged.get()) {
            throw new IOException("cannot open /dev/fake: no such device");
        }
        open.set(true);
        opens.incrementAndGet();
    }

    void close() {
        open.set(false);
    }

    int read(byte[] buffer, Duration timeout) throws IOException {
        if (!open.get()) {
            throw new IOException("/dev/fake is not open");
        }
        Step step;
        try {
            // A short real wait only so that an idle reader does not spin; the time it reports is the script's.
            step = steps.poll(5, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        return switch (step) {
            case null -> 0;
            case Bytes(byte[] data, long at) -> {
                if (data.length > buffer.length) {
                    throw new IllegalStateException("the test queued more bytes than one read takes");
                }
                now.set(at);
                System.arraycopy(data, 0, buffer, 0, data.length);
                yield data.length;
            }
            case Quiet(long at) -> {
                now.set(at);
                yield 0;
            }
            case Gone g -> -1;
            case Fails(String message) -> throw new IOException(message);
        };
    }
}
