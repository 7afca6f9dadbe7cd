// Speaks call-outs on the Pi's own audio output by playing each announcement's clips with a player program.
package vn.kiosk.devices.announcer;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import vn.kiosk.devices.DeviceStatus;

/**
 * One worker thread plays announcements one after the other, so calls made while one is being said
 * wait their turn instead of talking over it. The waiting line is short: when more than
 * {@link #MAX_WAITING} calls pile up (a stuck player, a button held by a child), the oldest waiting
 * one is dropped, because a number called minutes late helps nobody; the display still shows it.
 */
public final class ClipPlayerAnnouncer implements Announcer {

    public static final int MAX_WAITING = 10;

    private static final System.Logger LOG = System.getLogger(ClipPlayerAnnouncer.class.getName());

    private final Function<String, Optional<Path>> clipFiles;
    private final PlayerCommand player;
    private final ProcessRunner runner;
    private final Clock clock;
    private final Thread worker;

    private final Deque<Announcement> waiting = new ArrayDeque<>();
    private boolean closed;
    private boolean playing;
    private long played;
    private long failed;
    private long dropped;
    private String lastError;
    private boolean playerFailed;
    private Instant lastActivity;

    /**
     * @param clipFiles finds the sound file of a clip name (a recording, or the shipped clip unpacked)
     * @param player    the program and its arguments
     * @param runner    runs the player and waits for it
     */
    public ClipPlayerAnnouncer(Function<String, Optional<Path>> clipFiles, PlayerCommand player,
                               ProcessRunner runner, Clock clock) {
        this.clipFiles = clipFiles;
        this.player = player;
        this.runner = runner;
        this.clock = clock;
        // A platform thread: it spends its life waiting on a child process, one at a time.
        this.worker = Thread.ofPlatform().name("announcer").daemon(true).start(this::work);
    }

    @Override
    public String id() {
        return "announcer";
    }

    @Override
    public String driver() {
        return "player";
    }

    /** Queues the announcement and returns at once; it is said after those before it. */
    @Override
    public synchronized void announce(Announcement announcement) {
        if (closed) {
            return;
        }
        waiting.addLast(announcement);
        while (waiting.size() > MAX_WAITING) {
            waiting.removeFirst();
            dropped++;
        }
        notifyAll();
    }

    private void work() {
        while (true) {
            Announcement next;
            synchronized (this) {
                while (waiting.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                next = waiting.removeFirst();
                playing = true;
            }
            Playback playback;
            try {
                playback = play(next);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // Whatever goes wrong with one announcement, the worker lives on for the next.
                playback = new Playback(List.of(), "could not play: " + e);
            }
            finished(playback);
        }
    }

    /** How one announcement went: clips without a sound file, and the player's failure or null. */
    private record Playback(List<String> missing, String playerError) {
    }

    private Playback play(Announcement announcement) throws InterruptedException {
        List<Path> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String clip : announcement.clips()) {
            // A missing clip leaves a hole in the sentence; the rest is still worth saying.
            clipFiles.apply(clip).ifPresentOrElse(files::add, () -> missing.add(clip));
        }
        for (List<String> command : player.commands(files)) {
            try {
                ProcessResult result = runner.run(command);
                if (!result.succeeded()) {
                    return new Playback(missing, player.program() + " failed (exit " + result.exitCode() + ")"
                            + (result.errorOutput().isEmpty() ? "" : ": " + result.errorOutput()));
                }
            } catch (IOException e) {
                return new Playback(missing, player.program() + " could not be started: " + e.getMessage());
            }
        }
        return new Playback(missing, null);
    }

    private synchronized void finished(Playback playback) {
        playing = false;
        lastActivity = clock.instant();
        playerFailed = playback.playerError() != null;
        if (playerFailed) {
            failed++;
            lastError = playback.playerError();
            LOG.log(Level.WARNING, "announcement not said: " + lastError);
        } else {
            played++;
        }
        if (!playback.missing().isEmpty()) {
            lastError = "no sound file for clip(s) " + String.join(", ", playback.missing());
            LOG.log(Level.WARNING, lastError);
        }
        notifyAll();
    }

    /** Waits until nothing is being said or waiting; false when that did not happen in time. */
    synchronized boolean awaitIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (playing || !waiting.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    @Override
    public synchronized DeviceStatus status() {
        String state = closed ? "CLOSED" : playing ? "PLAYING" : playerFailed ? "PLAYER_FAILED" : "READY";
        return new DeviceStatus(!closed && !playerFailed, state, lastError, lastActivity, Map.of(
                "player", player.program(),
                "waiting", waiting.size(),
                "played", played,
                "failed", failed,
                "dropped", dropped));
    }

    /** Stops at once: the clip being played is cut off and waiting announcements are not said. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            waiting.clear();
            notifyAll();
        }
        worker.interrupt();
        try {
            worker.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
