// A call is worded once: whoever asks for a call event's words (the live stream, the loudspeaker) gets the same
// sentence, even when the technician rewords the call-out in between; a later call (a recall) takes the new wording.
package vn.kiosk.app.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.KioskApp;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.centre.CentreSetupLoader;
import vn.kiosk.app.queue.Channel;
import vn.kiosk.app.queue.CounterDef;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.queue.QueueEvent;
import vn.kiosk.app.queue.SequencedEvent;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;

class CallWordsTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void bothReadersOfACallGetTheSameWordsAndTheNextCallTheNewOnes() {
        Path config = KioskServerExtension.configDir();
        Catalog catalog = new CatalogLoader().load(config.resolve("catalog/procedures.json"));
        CentreSetup setup = CentreSetupLoader.load(KioskApp.loadConfig(config, Map.of()), catalog);
        QueueEngine q = new QueueEngine(setup.queue(), () -> "Xq3kP0t6Z7mQ1vB2nR8sWg", T0);
        CounterDef counter = setup.queue().counters().getFirst();
        String service = counter.serviceIds().getFirst();
        q.issue(service, null, false, Channel.KIOSK, T0);
        CallOut callOut = new CallOut(VoiceWording.DEFAULT);
        CallWords words = new CallWords(() -> callOut);

        SequencedEvent first = called(q.callNext(counter.id(), T0), 1);
        Utterance shown = words.of(first);
        callOut.reword(new VoiceWording("Mời số", "đến bàn", CallMode.DIGITS, 1, false));
        Utterance announced = words.of(first);

        assertThat(shown.shown()).startsWith(VoiceWording.DEFAULT.before());
        assertThat(announced).isEqualTo(shown);
        SequencedEvent second = called(q.recall(counter.id(), T0), 2);
        assertThat(words.of(second).shown()).startsWith("Mời số ").contains(" đến bàn ");
        assertThat(words.of(new SequencedEvent(3, q.issue(service, null, false, Channel.KIOSK, T0).events().getFirst())))
                .isNull();
    }

    private static SequencedEvent called(QueueEngine.Change change, long seq) {
        QueueEvent call = change.events().stream().filter(e -> e instanceof QueueEvent.TicketCalled).findFirst()
                .orElseThrow();
        return new SequencedEvent(seq, call);
    }
}
