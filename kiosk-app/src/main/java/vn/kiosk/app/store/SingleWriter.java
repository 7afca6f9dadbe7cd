// The one thread that writes to SQLite: batches waiting tasks into one durable transaction (group commit).
package vn.kiosk.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A platform thread, because the SQLite driver pins virtual threads. Every task of a batch runs in
 * the same transaction; the batch commits with synchronous=FULL before any caller is answered, so an
 * answer always means the write is on disk.
 */
public final class SingleWriter implements AutoCloseable {

    /** Work done inside the writer's transaction. */
    @FunctionalInterface
    public interface Task<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs after the batch committed, in commit order, on the writer thread; must not block. */
    @FunctionalInterface
    public interface AfterCommit<T> {
        void accept(T result);
    }

    private static final Logger LOG = Logger.getLogger(SingleWriter.class.getName());
    private static final int MAX_BATCH = 256;

    /** Restores in-memory state from the database after a batch was rolled back. */
    @FunctionalInterface
    public interface Recovery {
        void recover(Connection c) throws SQLException;
    }

    private record Job<T>(Task<T> task, AfterCommit<T> after, CompletableFuture<T> done) {
    }

    private final Connection connection;
    private final BlockingQueue<Job<?>> jobs = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final Recovery onFailedCommit;
    private volatile boolean closing;
    private volatile boolean failed;
    /** System.nanoTime() when the batch in hand began; meaningful only while busy. */
    private volatile long batchStarted;
    private volatile boolean busy;

    SingleWriter(Connection connection, Recovery onFailedCommit) throws SQLException {
        this.connection = connection;
        this.onFailedCommit = onFailedCommit;
        connection.setAutoCommit(false);
        this.thread = Thread.ofPlatform().name("sqlite-writer").daemon(true).start(this::loop);
    }

    /** Runs the task in the next batch and waits until that batch is durably committed. */
    public <T> T write(Task<T> task, AfterCommit<T> after) {
        if (closing) {
            throw new StoreException("the database is closing", null);
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        jobs.add(new Job<>(task, after, done));
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("database write failed", e.getCause());
        }
    }

    public <T> T write(Task<T> task) {
        return write(task, r -> { });
    }

    private void loop() {
        List<Job<?>> batch = new ArrayList<>();
        while (!closing || !jobs.isEmpty()) {
            try {
                Job<?> first = jobs.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                jobs.drainTo(batch, MAX_BATCH - 1);
                batchStarted = System.nanoTime();
                busy = true;
                runBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Throwable t) {
                // Even an Error must not end this thread: every caller would wait for ever.
                rollbackAll(batch, t);
            } finally {
                busy = false;
                batch.clear();
            }
        }
        StoreException closed = new StoreException("the database is closed", null);
        for (Job<?> left; (left = jobs.poll()) != null; ) {
            left.done().completeExceptionally(closed);
        }
    }

    /**
     * Liveness: the thread runs and no batch has taken longer than {@code stuckAfter}. Asks nothing of the
     * disk, so probing it often costs the SD card no writes.
     */
    public boolean responsive(java.time.Duration stuckAfter) {
        return thread.isAlive() && (!busy || System.nanoTime() - batchStarted < stuckAfter.toNanos());
    }

    /** True while the last failed transaction could not be undone in memory; writes are refused then. */
    public boolean failed() {
        return failed;
    }

    private void runBatch(List<Job<?>> batch) {
        if (failed && !recover()) {
            StoreException refused = new StoreException("the database could not recover from a failed write", null);
            batch.forEach(j -> j.done().completeExceptionally(refused));
            return;
        }
        List<Object> results = new ArrayList<>(batch.size());
        List<Throwable> failures = new ArrayList<>(batch.size());
        for (Job<?> job : batch) {
            try {
                results.add(job.task().run(connection));
                failures.add(null);
            } catch (SQLException | RuntimeException e) {
                // A task may have written before it failed: undo the whole batch and reload the state.
                // Expected refusals (a queue rule) are returned by tasks as values, never thrown.
                rollbackAll(batch, e);
                return;
            }
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            rollbackAll(batch, e);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            complete(batch.get(i), results.get(i), failures.get(i));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Job<T> job, Object result, Throwable failure) {
        if (failure != null) {
            job.done().completeExceptionally(failure);
            return;
        }
        try {
            job.after().accept((T) result);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "after-commit action failed", e);
        }
        job.done().complete((T) result);
    }

    private void rollbackAll(List<Job<?>> batch, Throwable cause) {
        LOG.log(Level.SEVERE, "database transaction failed; " + batch.size() + " request(s) refused", cause);
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        failed = true;
        recover();
        StoreException failure = new StoreException("the database refused the write", cause);
        batch.forEach(j -> j.done().completeExceptionally(failure));
    }

    /** Reloads the in-memory state from what is on disk; until that works, every write is refused. */
    private boolean recover() {
        try {
            onFailedCommit.recover(connection);
            connection.commit();
            failed = false;
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "could not reload state after a failed transaction; writes are refused", e);
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the next attempt starts from a rollback too
            }
            return false;
        }
    }

    @Override
    public void close() {
        closing = true;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
