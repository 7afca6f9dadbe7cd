// A printer in memory: keeps the last jobs' bytes and reports whatever state a test or technician sets.
package vn.kiosk.devices.printer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.kiosk.devices.DeviceStatus;

public final class SimulatedPrinter implements TicketPrinter {

    /** A job the simulator received, with the time it "printed". */
    public record StoredJob(String id, String kind, byte[] data, Instant printedAt) {
    }

    private final int keep;
    private final Clock clock;
    private final Deque<StoredJob> jobs = new ArrayDeque<>();
    private PrinterStatus state = PrinterStatus.READY;
    private String lastError;
    private Instant lastActivity;

    /** @param keep how many jobs to keep; the oldest go first */
    public SimulatedPrinter(int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one job");
        }
        this.keep = keep;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "printer";
    }

    @Override
    public String driver() {
        return "simulated";
    }

    public synchronized void setState(PrinterStatus status) {
        this.state = status;
    }

    @Override
    public synchronized PrinterStatus printerStatus() {
        return state;
    }

    @Override
    public synchronized PrintResult print(PrintJob job) {
        if (!state.canPrint()) {
            lastError = state.word();
            return new PrintResult.Failed(job.id(), state, state.word());
        }
        lastActivity = clock.instant();
        jobs.addLast(new StoredJob(job.id(), job.kind(), job.data(), lastActivity));
        while (jobs.size() > keep) {
            jobs.removeFirst();
        }
        return new PrintResult.Printed(job.id());
    }

    /** The kept jobs, oldest first. */
    public synchronized List<StoredJob> jobs() {
        return List.copyOf(jobs);
    }

    public synchronized Optional<StoredJob> job(String id) {
        return jobs.stream().filter(j -> j.id().equals(id)).findFirst();
    }

    @Override
    public synchronized DeviceStatus status() {
        return new DeviceStatus(state.online(), state.word(), lastError, lastActivity,
                Map.of("paper", state.paper().name(), "coverOpen", state.coverOpen(), "jobsKept", jobs.size()));
    }
}
