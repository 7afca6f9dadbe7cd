// Keeps the newest log lines in memory for the technician's page, whatever handler writes them to the journal.
package vn.kiosk.app.tech;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

public final class RecentLog extends Handler {

    /** One log line: when, how bad, from where, and what. */
    public record Line(String at, String level, String logger, String message) {
    }

    private final int capacity;
    private final Deque<Line> lines = new ArrayDeque<>();
    private final Formatter formatter = new SimpleFormatter();

    private RecentLog(int capacity) {
        this.capacity = capacity;
        setLevel(Level.INFO);
    }

    /** Installs a buffer on the root logger; {@link #close()} takes it off again. */
    public static RecentLog install(int capacity) {
        RecentLog log = new RecentLog(capacity);
        Logger.getLogger("").addHandler(log);
        return log;
    }

    @Override
    public void publish(LogRecord r) {
        if (!isLoggable(r)) {
            return;
        }
        String message = formatter.formatMessage(r);
        if (r.getThrown() != null) {
            message = message + " (" + r.getThrown() + ")";
        }
        Line line = new Line(Instant.ofEpochMilli(r.getMillis()).toString(), r.getLevel().getName(),
                r.getLoggerName(), message);
        synchronized (lines) {
            lines.addLast(line);
            while (lines.size() > capacity) {
                lines.removeFirst();
            }
        }
    }

    /** The newest {@code max} lines, oldest first. */
    public List<Line> tail(int max) {
        synchronized (lines) {
            List<Line> all = new ArrayList<>(lines);
            return all.subList(Math.max(0, all.size() - max), all.size());
        }
    }

    @Override
    public void flush() {
        // kept in memory only
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
