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
                runBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void runBatch(List<Job<?>> batch) {
        List<Object> results = new ArrayList<>(batch.size());
        List<Throwable> failures = new ArrayList<>(batch.size());
        for (Job<?> job : batch) {
            try {
                results.add(job.task().run(connection));
                failures.add(null);
            } catch (SQLException e) {
                rollbackAll(batch, e);
                return;
            } catch (RuntimeException e) {
                // A rejected command did no SQL; the rest of the batch stands.
                results.add(null);
                failures.add(e);
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

    private void rollbackAll(List<Job<?>> batch, SQLException cause) {
        LOG.log(Level.SEVERE, "database transaction failed; " + batch.size() + " request(s) refused", cause);
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        try {
            onFailedCommit.recover(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "could not reload state after a failed transaction", e);
        }
        StoreException failure = new StoreException("the database refused the write", cause);
        batch.forEach(j -> j.done().completeExceptionally(failure));
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
