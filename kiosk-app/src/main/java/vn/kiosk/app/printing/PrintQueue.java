// Prints jobs one at a time on their own worker, after the ticket is committed, and reports each outcome.
package vn.kiosk.app.printing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;

import vn.kiosk.devices.printer.PrintJob;
import vn.kiosk.devices.printer.PrintResult;
import vn.kiosk.devices.printer.TicketPrinter;

/**
 * A job that fails is reported and dropped, never retried by itself: a ticket printed an hour
 * late would confuse the next citizen. Staff reprint on request.
 */
public final class PrintQueue implements AutoCloseable {

    /** An outcome for listeners: which ticket (or guide) and how its job ended. */
    public record Notice(String ticketId, PrintStatus status) {
    }

    private static final Logger LOG = Logger.getLogger(PrintQueue.class.getName());
    /** A printer makes about one ticket a second; more waiting than this means it is stuck. */
    private static final int BACKLOG = 32;

    private final TicketPrinter printer;
    private final ThreadPoolExecutor worker;
    private final Consumer<Notice> listener;
    private final Map<String, PrintStatus> latest = new ConcurrentHashMap<>();
    private final Counter printed;
    private final Counter failed;

    public PrintQueue(TicketPrinter printer, Consumer<Notice> listener) {
        this.printer = printer;
        this.listener = listener;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(BACKLOG),
                Thread.ofPlatform().name("printer").daemon(true).factory());
        @SuppressWarnings("removal")
        MeterRegistry registry = Metrics.globalRegistry();
        printed = registry.getOrCreate(Counter.builder("kiosk.print.printed").description("Print jobs printed"));
        failed = registry.getOrCreate(Counter.builder("kiosk.print.failed")
                .description("Print jobs that failed (paper out, cover open, offline, busy)"));
    }

    /**
     * Queues a job; the bytes are rendered on the worker so that the caller is not held up.
     *
     * @param ticketId the ticket the job belongs to, or null for a guide
     */
    public CompletableFuture<PrintStatus> submit(String jobId, String kind, String ticketId, Supplier<byte[]> render) {
        CompletableFuture<PrintStatus> done = new CompletableFuture<>();
        PrintStatus pending = new PrintStatus("PENDING", null, jobId);
        remember(ticketId, pending);
        try {
            worker.execute(() -> done.complete(run(jobId, kind, ticketId, render)));
        } catch (RejectedExecutionException e) {
            PrintStatus busy = new PrintStatus("FAILED", "BUSY", jobId);
            failed.increment();
            finish(ticketId, busy);
            done.complete(busy);
        }
        return done;
    }

    /** The outcome if it comes within {@code wait}, else PENDING (listeners hear the outcome later). */
    public static PrintStatus await(CompletableFuture<PrintStatus> job, String jobId, Duration wait) {
        try {
            return job.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new PrintStatus("PENDING", null, jobId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PrintStatus("PENDING", null, jobId);
        } catch (ExecutionException e) {
            return new PrintStatus("FAILED", "ERROR", jobId);
        }
    }

    /**
     * Asks the printer for its state on the print worker, between jobs, so that a printer that ran out
     * of paper while idle shows on the technician's page and in readiness before the next citizen.
     */
    public void pollPrinter() {
        if (worker.getQueue().isEmpty() && worker.getActiveCount() == 0) {
            try {
                worker.execute(() -> {
                    try {
                        printer.printerStatus();
                    } catch (RuntimeException e) {
                        LOG.log(Level.FINE, "printer status poll failed", e);
                    }
                });
            } catch (RejectedExecutionException e) {
                // busy printing: the jobs read the status themselves
            }
        }
    }

    /** The last known print status of a ticket's job, if it had one today. */
    public PrintStatus statusOf(String ticketId) {
        return ticketId == null ? null : latest.get(ticketId);
    }

    private PrintStatus run(String jobId, String kind, String ticketId, Supplier<byte[]> render) {
        PrintStatus status;
        try {
            PrintResult r = printer.print(new PrintJob(jobId, kind, render.get()));
            status = switch (r) {
                case PrintResult.Printed p -> new PrintStatus("PRINTED", "READY", jobId);
                case PrintResult.Failed f -> new PrintStatus("FAILED", f.status().word(), jobId);
            };
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "print job " + jobId + " failed", e);
            status = new PrintStatus("FAILED", "ERROR", jobId);
        }
        (status.status().equals("PRINTED") ? printed : failed).increment();
        finish(ticketId, status);
        return status;
    }

    private void finish(String ticketId, PrintStatus status) {
        remember(ticketId, status);
        try {
            listener.accept(new Notice(ticketId, status));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "print listener failed", e);
        }
    }

    private void remember(String ticketId, PrintStatus status) {
        if (ticketId != null) {
            // Far more than a day's tickets; forgetting older ones only hides their print status.
            if (latest.size() > 20_000) {
                latest.clear();
            }
            latest.put(ticketId, status);
        }
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
