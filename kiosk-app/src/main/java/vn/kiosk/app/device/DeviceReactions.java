// Makes the devices follow the queue: boards, busy lamps and the announcer react to calls, buttons drive counters.
package vn.kiosk.app.device;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.kiosk.app.queue.Outcome;
import vn.kiosk.app.queue.QueueEvent;
import vn.kiosk.app.queue.QueueRejection;
import vn.kiosk.app.queue.SequencedEvent;
import vn.kiosk.app.store.DurableQueue;
import vn.kiosk.app.voice.CallWords;
import vn.kiosk.app.voice.Utterance;
import vn.kiosk.devices.board.BoardLine;
import vn.kiosk.devices.buttons.ButtonPress;

public final class DeviceReactions implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeviceReactions.class.getName());

    private final DeviceSet devices;
    private final DurableQueue queue;
    private final CallWords callWords;
    private final IntFunction<String> actorAt;
    /** Device I/O may block; it must never hold up the database writer that publishes events. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("device-reactions").daemon(true).factory());

    /**
     * @param callWords the words of each call, the same the displays show and play
     * @param actorAt   who a button press at a counter acts for: the officer seated there, else the counter's
     *                  configured identity
     */
    public DeviceReactions(DeviceSet devices, DurableQueue queue, CallWords callWords, IntFunction<String> actorAt) {
        this.devices = devices;
        this.queue = queue;
        this.callWords = callWords;
        this.actorAt = actorAt;
    }

    public void start() {
        queue.subscribe(events -> worker.execute(() -> react(events)));
        devices.buttons().start(press -> Thread.ofVirtual().start(() -> pressed(press)));
    }

    private void react(List<SequencedEvent> events) {
        for (SequencedEvent se : events) {
            try {
                switch (se.event()) {
                    case QueueEvent.TicketCalled c -> {
                        int counter = c.ticket().counterId();
                        devices.board().show(new BoardLine(counter, c.ticket().number()));
                        devices.buttons().showBusy(counter, true);
                        Utterance said = callWords.of(se);
                        if (said != null) {
                            devices.announcer().announce(said.announcement());
                        }
                    }
                    case QueueEvent.TicketCompleted c -> counterFree(c.counterId());
                    case QueueEvent.TicketNoShow c -> counterFree(c.counterId());
                    case QueueEvent.TicketTransferred c -> counterFree(c.counterId());
                    default -> { }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a device could not follow event " + se.seq(), e);
            }
        }
    }

    private void counterFree(int counter) {
        devices.board().show(new BoardLine(counter, null));
        devices.buttons().showBusy(counter, false);
    }

    private void pressed(ButtonPress press) {
        String actor = actorAt.apply(press.counterId());
        try {
            switch (press.action()) {
                case CALL_NEXT -> queue.callNext(press.counterId(), actor);
                case RECALL -> queue.recall(press.counterId(), actor);
                case NO_SHOW -> queue.noShow(press.counterId(), actor);
                case COMPLETE -> queue.complete(press.counterId(), Outcome.OTHER, actor);
            }
        } catch (QueueRejection e) {
            LOG.log(Level.INFO, "button " + press + " refused: " + e.reason());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "button " + press + " failed", e);
        }
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
