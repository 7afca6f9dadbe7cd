// A printer in memory: keeps the last jobs' bytes and reports whatever state a test or technician sets.
package vn.kiosk.devices.printer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.kiosk.devices.DeviceStatus;
import vn.kiosk.devices.printer.escpos.EscPosFormatException;
import vn.kiosk.devices.printer.escpos.EscPosInterpreter;
import vn.kiosk.devices.printer.escpos.PrinterProfile;

public final class SimulatedPrinter implements TicketPrinter {

    /** A job the simulator received, with the time it "printed". */
    public record StoredJob(String id, String kind, byte[] data, Instant printedAt) {
        public StoredJob {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    private final int keep;
    private final Clock clock;
    private final PrinterProfile profile;
    private final Deque<StoredJob> jobs = new ArrayDeque<>();
    /** PNGs of kept jobs, made when first asked for; dropped with their job. */
    private final Map<String, byte[]> pngs = new HashMap<>();
    private PrinterStatus state = PrinterStatus.READY;
    private String lastError;
    private Instant lastActivity;

    /** @param keep how many jobs to keep; the oldest go first */
    public SimulatedPrinter(int keep, Clock clock) {
        this(keep, clock, PrinterProfile.GENERIC_80);
    }

    /**
     * @param keep    how many jobs to keep; the oldest go first
     * @param profile the printer it stands in for: the paper width of the previews
     */
    public SimulatedPrinter(int keep, Clock clock, PrinterProfile profile) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one job");
        }
        this.keep = keep;
        this.clock = clock;
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    public PrinterProfile profile() {
        return profile;
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
            pngs.remove(jobs.removeFirst().id());
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

    /**
     * The kept job as the printer would have printed it, as a PNG; empty when the job is not kept.
     *
     * @throws EscPosFormatException when the job's bytes are not ESC/POS the interpreter reads: a real printer
     *                               would print garbage, so the preview says where it goes wrong instead
     */
    public Optional<byte[]> png(String jobId) {
        StoredJob stored;
        synchronized (this) {
            byte[] cached = pngs.get(jobId);
            if (cached != null) {
                return Optional.of(cached.clone());
            }
            Optional<StoredJob> found = job(jobId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            stored = found.get();
        }
        // Drawn outside the lock: a tall ticket takes a moment, and jobs keep coming meanwhile.
        byte[] png = EscPosInterpreter.png(EscPosInterpreter.render(stored.data(), profile.widthDots()));
        synchronized (this) {
            if (jobs.contains(stored)) {
                pngs.put(jobId, png);
            }
        }
        return Optional.of(png.clone());
    }

    @Override
    public synchronized DeviceStatus status() {
        return new DeviceStatus(state.online(), state.word(), lastError, lastActivity,
                Map.of("paper", state.paper().name(), "coverOpen", state.coverOpen(), "jobsKept", jobs.size()));
    }
}
