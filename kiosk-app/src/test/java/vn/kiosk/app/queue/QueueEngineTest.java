// The queue's rules without a server or a database: numbering, calls, serving, no-shows, transfer, expiry.
package vn.kiosk.app.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.kiosk.app.queue.QueueRejection.Reason;

class QueueEngineTest {

    /** 09:00 in Hanoi on a Monday. */
    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    private QueueEngine engine(PriorityPolicy policy) {
        return new QueueEngine(Setups.with(policy), Setups.tokens(), T0);
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void numbersEachServiceOnItsOwnSequence() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        assertThat(q.issue("civil", null, false, Channel.KIOSK, at(0)).ticket().number()).isEqualTo("A001");
        assertThat(q.issue("civil", null, false, Channel.KIOSK, at(1)).ticket().number()).isEqualTo("A002");
        assertThat(q.issue("land", null, false, Channel.KIOSK, at(2)).ticket().number()).isEqualTo("B001");
        assertThat(q.issue("civil", null, true, Channel.KIOSK, at(3)).ticket().number()).isEqualTo("A003");
        QueueEngine.Issued issued = q.issue("land", "TH12-10", false, Channel.API, at(4));
        assertThat(issued.ticket().id()).isEqualTo("20261123-B002");
        assertThat(issued.ticket().procedureId()).isEqualTo("TH12-10");
        assertThat(issued.events()).singleElement().isInstanceOf(QueueEvent.TicketIssued.class);
    }

    @Test
    void numbersPastNineHundredNinetyNineKeepGoing() {
        assertThat(Ticket.numberOf("A", 7)).isEqualTo("A007");
        assertThat(Ticket.numberOf("A", 999)).isEqualTo("A999");
        assertThat(Ticket.numberOf("A", 1000)).isEqualTo("A1000");
    }

    @Test
    void unknownServiceIsRejected() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        assertThatThrownBy(() -> q.issue("nope", null, false, Channel.KIOSK, at(0)))
                .isInstanceOfSatisfying(QueueRejection.class, r -> assertThat(r.reason()).isEqualTo(Reason.UNKNOWN_SERVICE));
    }

    @Test
    void numberingRestartsAtTheConfiguredResetTimeAndOpenTicketsExpire() {
        // Reset at 02:00 local: 01:30 on the 24th still belongs to the service day of the 23rd.
        QueueSetup setup = Setups.with(new PriorityPolicy.Strict(), LocalTime.of(2, 0), OpeningHours.always());
        QueueEngine q = new QueueEngine(setup, Setups.tokens(), T0);
        Instant lateEvening = Instant.parse("2026-11-23T18:30:00Z"); // 01:30 on the 24th in Hanoi
        q.issue("civil", null, false, Channel.KIOSK, T0);
        Ticket second = q.issue("civil", null, false, Channel.KIOSK, lateEvening).ticket();
        assertThat(second.number()).isEqualTo("A002");
        assertThat(second.day()).isEqualTo(LocalDate.of(2026, 11, 23));

        Instant afterReset = Instant.parse("2026-11-23T19:00:00Z"); // 02:00 on the 24th
        QueueEngine.Issued next = q.issue("civil", null, false, Channel.KIOSK, afterReset);
        assertThat(next.ticket().number()).isEqualTo("A001");
        assertThat(next.ticket().day()).isEqualTo(LocalDate.of(2026, 11, 24));
        List<QueueEvent> expired = next.events().stream().filter(e -> e instanceof QueueEvent.TicketExpired).toList();
        assertThat(expired).hasSize(2).allSatisfy(e -> {
            assertThat(e.ticket().state()).isEqualTo(TicketState.EXPIRED);
            assertThat(e.ticket().day()).isEqualTo(LocalDate.of(2026, 11, 23));
        });
        assertThat(q.tickets()).extracting(Ticket::number).containsExactly("A001");
    }

    @Test
    void dayCloseExpiresWaitingCalledAndServingButKeepsNoShowsAndCompletions() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        for (int i = 0; i < 5; i++) {
            q.issue("civil", null, false, Channel.KIOSK, at(i));
        }
        q.callNext(1, at(10));
        q.complete(1, Outcome.RECEIVED_DOSSIER, at(11));   // A001 completed
        q.callNext(1, at(12));
        q.noShow(1, at(13));                                // A002 no-show
        q.callNext(1, at(14));
        q.start(1, at(15));                                 // A003 serving
        q.callNext(2, at(16));                              // A004 called
        List<QueueEvent> events = q.closeDayIfEnded(Instant.parse("2026-11-23T17:00:01Z"));
        assertThat(events).extracting(e -> e.ticket().number() + ":" + e.ticket().state())
                .containsExactlyInAnyOrder("A003:EXPIRED", "A004:EXPIRED", "A005:EXPIRED");
        assertThat(q.counters()).allSatisfy(c -> assertThat(c.currentTicketId()).isNull());
        assertThat(q.closeDayIfEnded(Instant.parse("2026-11-23T17:00:02Z"))).isEmpty();
    }

    @Test
    void callNextTakesTheOldestTicketAcrossTheCountersServices() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        q.issue("land", null, false, Channel.KIOSK, at(0));   // B001
        q.issue("civil", null, false, Channel.KIOSK, at(1));  // A001
        q.issue("land", null, false, Channel.KIOSK, at(2));   // B002
        assertThat(q.callNext(2, at(5)).ticket().number()).isEqualTo("B001");
        q.complete(2, Outcome.OTHER, at(6));
        assertThat(q.callNext(2, at(7)).ticket().number()).isEqualTo("A001");
        q.complete(2, Outcome.OTHER, at(8));
        assertThat(q.callNext(1, at(9)).ticket()).isNull(); // counter 1 serves civil only: nobody left
        assertThat(q.callNext(3, at(9)).ticket().number()).isEqualTo("B002");
    }

    static Stream<Arguments> policies() {
        // Tickets in issue order: N1 N2 P1 N3 N4 N5 P2 N6; the calls each policy makes at counter 1.
        return Stream.of(
                Arguments.of(new PriorityPolicy.Strict(), 1,
                        List.of("P1", "P2", "N1", "N2", "N3", "N4", "N5", "N6")),
                Arguments.of(new PriorityPolicy.Interleave(2), 1,
                        List.of("N1", "N2", "P1", "N3", "N4", "P2", "N5", "N6")),
                Arguments.of(new PriorityPolicy.Interleave(1), 1,
                        List.of("N1", "P1", "N2", "P2", "N3", "N4", "N5", "N6")),
                Arguments.of(new PriorityPolicy.Dedicated(java.util.Set.of(1)), 1,
                        List.of("P1", "P2", "N1", "N2", "N3", "N4", "N5", "N6")),
                Arguments.of(new PriorityPolicy.Dedicated(java.util.Set.of(2)), 1,
                        List.of("N1", "N2", "N3", "N4", "N5", "N6", "P1", "P2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void priorityPolicyDecidesTheOrder(PriorityPolicy policy, int counter, List<String> expected) {
        QueueEngine q = engine(policy);
        List<String> labels = List.of("N1", "N2", "P1", "N3", "N4", "N5", "P2", "N6");
        java.util.Map<String, String> byNumber = new java.util.HashMap<>();
        int minute = 0;
        for (String label : labels) {
            Ticket t = q.issue("civil", null, label.startsWith("P"), Channel.KIOSK, at(minute++)).ticket();
            byNumber.put(t.number(), label);
        }
        List<String> called = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Ticket t = q.callNext(counter, at(100 + 2 * i)).ticket();
            called.add(byNumber.get(t.number()));
            q.complete(counter, Outcome.OTHER, at(101 + 2 * i));
        }
        assertThat(called).isEqualTo(expected);
        assertThat(q.callNext(counter, at(200)).ticket()).isNull();
    }

    @Test
    void aCounterWithATicketOrPausedCannotCallAgain() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        q.issue("civil", null, false, Channel.KIOSK, at(0));
        q.issue("civil", null, false, Channel.KIOSK, at(1));
        q.callNext(1, at(2));
        assertThatThrownBy(() -> q.callNext(1, at(3)))
                .isInstanceOfSatisfying(QueueRejection.class, r -> assertThat(r.reason()).isEqualTo(Reason.COUNTER_BUSY));
        q.complete(1, Outcome.GUIDED_ONLINE, at(4));
        q.pause(1, at(5));
        assertThatThrownBy(() -> q.callNext(1, at(6)))
                .isInstanceOfSatisfying(QueueRejection.class, r -> assertThat(r.reason()).isEqualTo(Reason.COUNTER_PAUSED));
        assertThat(q.resume(1, at(7)).events()).singleElement().isInstanceOf(QueueEvent.CounterResumed.class);
        assertThat(q.callNext(1, at(8)).ticket().number()).isEqualTo("A002");
    }

    @Test
    void pausingChangesTheWaitEstimate() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        for (int i = 0; i < 4; i++) {
            q.issue("civil", null, false, Channel.KIOSK, at(i));
        }
        // Default 10 min each, 4 waiting, 2 open counters: 20 minutes; one counter paused: 40.
        assertThat(q.services().get(0).estimatedWaitMinutes()).isEqualTo(20);
        q.pause(1, at(5));
        assertThat(q.services().get(0).estimatedWaitMinutes()).isEqualTo(40);
        assertThat(q.services().get(0).openCounters()).isEqualTo(1);
    }

    @Test
    void estimateFollowsTheMovingAverageOfServiceTimes() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        for (int i = 0; i < 3; i++) {
            q.issue("land", null, false, Channel.KIOSK, at(i));
        }
        q.callNext(3, at(10));
        q.start(3, at(10));
        q.complete(3, Outcome.RECEIVED_DOSSIER, at(12)); // 2 minutes: average 10 + 0.2 * (2 - 10) = 8.4
        QueueEngine.Issued next = q.issue("land", null, false, Channel.KIOSK, at(13));
        assertThat(next.waitingAhead()).isEqualTo(2);
        // 2 ahead x 8.4 min over counters 2 and 3 = 8.4 min, rounded up
        assertThat(next.estimatedWaitMinutes()).isEqualTo(9);
    }

    @Test
    void callSpecificTakesATicketOutOfOrder() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        q.issue("civil", null, false, Channel.KIOSK, at(0));
        Ticket second = q.issue("civil", null, false, Channel.KIOSK, at(1)).ticket();
        assertThat(q.call(1, second.id(), at(2)).ticket().number()).isEqualTo("A002");
        q.complete(1, Outcome.OTHER, at(3));
        assertThatThrownBy(() -> q.call(1, second.id(), at(4)))
                .isInstanceOfSatisfying(QueueRejection.class, r -> assertThat(r.reason()).isEqualTo(Reason.INVALID_STATE));
        assertThatThrownBy(() -> q.call(1, "20261123-A999", at(4)))
                .isInstanceOfSatisfying(QueueRejection.class, r -> assertThat(r.reason()).isEqualTo(Reason.UNKNOWN_TICKET));
    }

    @Test
    void recallIsCountedAndOnlyForACalledTicket() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        q.issue("civil", null, false, Channel.KIOSK, at(0));
        q.callNext(1, at(1));
        QueueEngine.Change r1 = q.recall(1, at(2));
        QueueEngine.Change r2 = q.recall(1, at(3));
        assertThat(r2.ticket().recallCount()).isEqualTo(2);
        assertThat(r1.events()).singleElement().isInstanceOfSatisfying(QueueEvent.TicketCalled.class,
                e -> assertThat(e.recall()).isTrue());
        q.start(1, at(4));
        assertThatThrownBy(() -> q.recall(1, at(5)))
                .isInstanceOfSatisfying(QueueRejection.class, r -> assertThat(r.reason()).isEqualTo(Reason.INVALID_STATE));
        assertThatThrownBy(() -> q.recall(2, at(5)))
                .isInstanceOfSatisfying(QueueRejection.class, r -> assertThat(r.reason()).isEqualTo(Reason.NO_CURRENT_TICKET));
    }

    @Test
    void noShowGoesToTheRecallPoolForTheConfiguredMinutes() {
        QueueEngine q = engine(new PriorityPolicy.Strict()); // 30-minute window
        Ticket a1 = q.issue("civil", null, false, Channel.KIOSK, at(0)).ticket();
        Ticket a2 = q.issue("civil", null, false, Channel.KIOSK, at(1)).ticket();
        q.callNext(1, at(10));
        QueueEngine.Change ns = q.noShow(1, at(11));
        assertThat(ns.ticket().state()).isEqualTo(TicketState.NO_SHOW);
        assertThat(q.counter(1).orElseThrow().currentTicketId()).isNull();

        // Back in the queue within the window, ahead of later tickets because it keeps its issue time.
        QueueEngine.Change back = q.reactivate(a1.id(), at(40));
        assertThat(back.ticket().state()).isEqualTo(TicketState.WAITING);
        assertThat(q.callNext(1, at(41)).ticket().id()).isEqualTo(a1.id());
        q.noShow(1, at(42));

        // Called back directly at a counter, within the window.
        assertThat(q.call(2, a1.id(), at(71)).ticket().state()).isEqualTo(TicketState.CALLED);
        q.noShow(2, at(72));

        // Past the window it is final.
        assertThatThrownBy(() -> q.reactivate(a1.id(), at(103)))
                .isInstanceOfSatisfying(QueueRejection.class, r -> assertThat(r.reason()).isEqualTo(Reason.INVALID_STATE));
        assertThatThrownBy(() -> q.call(1, a1.id(), at(103)))
                .isInstanceOf(QueueRejection.class);
        assertThat(q.callNext(1, at(104)).ticket().id()).isEqualTo(a2.id());
    }

    @Test
    void transferKeepsNumberAndIssueTimeSoTheTicketIsNotSentToTheBack() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        Ticket a1 = q.issue("civil", null, false, Channel.KIOSK, at(0)).ticket();
        q.issue("land", null, false, Channel.KIOSK, at(5));   // B001, issued after A001
        q.callNext(1, at(10));
        q.start(1, at(11));
        QueueEngine.Change moved = q.transfer(1, "land", at(12));
        assertThat(moved.ticket().number()).isEqualTo("A001");
        assertThat(moved.ticket().serviceId()).isEqualTo("land");
        assertThat(moved.ticket().issuedAt()).isEqualTo(a1.issuedAt());
        assertThat(moved.ticket().transferCount()).isEqualTo(1);
        assertThat(moved.events()).singleElement().isInstanceOfSatisfying(QueueEvent.TicketTransferred.class,
                e -> assertThat(e.fromServiceId()).isEqualTo("civil"));
        assertThat(q.callNext(3, at(13)).ticket().number()).isEqualTo("A001");
        assertThatThrownBy(() -> q.transfer(3, "nowhere", at(14)))
                .isInstanceOfSatisfying(QueueRejection.class, r -> assertThat(r.reason()).isEqualTo(Reason.UNKNOWN_SERVICE));
    }

    @Test
    void completeWorksFromCalledOrServingWithEveryOutcome() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        for (Outcome o : Outcome.values()) {
            q.issue("civil", null, false, Channel.KIOSK, at(0));
        }
        int minute = 1;
        for (Outcome o : Outcome.values()) {
            q.callNext(1, at(minute++));
            if (o.ordinal() % 2 == 0) {
                q.start(1, at(minute++));
            }
            Ticket done = q.complete(1, o, at(minute++)).ticket();
            assertThat(done.state()).isEqualTo(TicketState.COMPLETED);
            assertThat(done.outcome()).isEqualTo(o);
            assertThat(done.startedAt()).isNotNull();
        }
        assertThatThrownBy(() -> q.complete(1, Outcome.OTHER, at(99)))
                .isInstanceOfSatisfying(QueueRejection.class, r -> assertThat(r.reason()).isEqualTo(Reason.NO_CURRENT_TICKET));
    }

    @Test
    void closedHoursRefuseTicketsAndTellWhenToComeBack() {
        java.util.Map<java.time.DayOfWeek, List<OpeningHours.Span>> week = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        week.put(java.time.DayOfWeek.MONDAY, List.of(new OpeningHours.Span(LocalTime.of(7, 30), LocalTime.of(11, 30))));
        QueueEngine q = new QueueEngine(Setups.with(new PriorityPolicy.Strict(), LocalTime.MIDNIGHT,
                new OpeningHours(week)), Setups.tokens(), T0);
        Instant mondayNoon = Instant.parse("2026-11-23T05:00:00Z");
        assertThatThrownBy(() -> q.issue("civil", null, false, Channel.KIOSK, mondayNoon))
                .isInstanceOfSatisfying(QueueRejection.class, r -> {
                    assertThat(r.reason()).isEqualTo(Reason.CLOSED);
                    assertThat(r.args().get(0).toString()).startsWith("2026-11-30T07:30+07:00");
                });
        assertThat(q.issue("civil", null, false, Channel.KIOSK, T0).ticket().number()).isEqualTo("A001");
    }

    @Test
    void restoreRebuildsQueuesCountersAndNumbering() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        q.issue("civil", null, false, Channel.KIOSK, at(0));
        q.issue("civil", null, true, Channel.KIOSK, at(1));
        q.issue("land", null, false, Channel.KIOSK, at(2));
        q.callNext(1, at(3));
        q.pause(3, at(4));
        List<Ticket> stored = q.tickets();
        List<CounterState> counters = q.counters();

        QueueEngine r = engine(new PriorityPolicy.Strict());
        assertThat(r.restore(stored, counters, at(5))).isEmpty();
        assertThat(r.counter(1).orElseThrow().currentTicketId()).isEqualTo("20261123-A002");
        assertThat(r.counter(3).orElseThrow().paused()).isTrue();
        assertThat(r.issue("civil", null, false, Channel.KIOSK, at(6)).ticket().number()).isEqualTo("A003");
        assertThat(r.waiting(List.of("civil", "land"))).extracting(Ticket::number).containsExactly("A001", "B001", "A003");
    }

    @Test
    void numbersFollowThePrefixEvenWhenAServiceIsRenamedDuringTheDay() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        q.issue("civil", null, false, Channel.KIOSK, at(0));
        q.issue("civil", null, false, Channel.KIOSK, at(1));
        // Stored under an old service id that the set-up no longer has, with the same letter A.
        List<Ticket> stored = q.tickets().stream().map(t -> new Ticket(t.id(), t.day(), t.number(), t.seq(),
                "old-civil", "civil", null, false, Channel.KIOSK, TicketState.COMPLETED, t.issuedAt(), t.issuedAt(),
                t.issuedAt(), t.issuedAt(), 1, Outcome.OTHER, 0, 0, t.followToken())).toList();
        QueueEngine r = engine(new PriorityPolicy.Strict());
        r.restore(stored, List.of(), at(5));
        assertThat(r.issue("civil", null, false, Channel.KIOSK, at(6)).ticket().number()).isEqualTo("A003");
    }

    @Test
    void restoreCopesWithServicesAndCountersRemovedFromTheSetUp() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        Ticket waiting = q.issue("civil", null, false, Channel.KIOSK, at(0)).ticket();
        Ticket called = q.issue("civil", null, false, Channel.KIOSK, at(1)).ticket();
        Ticket gone = new Ticket(waiting.id().replace("A001", "Z001"), waiting.day(), "Z001", 1, "bakery", "bakery",
                null, false, Channel.KIOSK, TicketState.WAITING, at(0), null, null, null, null, null, 0, 0, "tok-z");
        Ticket atRemovedCounter = called.copy().state(TicketState.CALLED).calledAt(at(2)).counterId(9).build();
        QueueEngine r = engine(new PriorityPolicy.Strict());
        List<QueueEvent> events = r.restore(List.of(waiting, atRemovedCounter, gone), List.of(), at(3));
        assertThat(events).extracting(e -> QueueEvent.kind(e) + ":" + e.ticket().number())
                .containsExactlyInAnyOrder("EXPIRED:Z001", "REACTIVATED:A002");
        assertThat(r.waiting(List.of("civil"))).extracting(Ticket::number).containsExactly("A001", "A002");
        assertThat(r.find(gone.id()).orElseThrow().state()).isEqualTo(TicketState.EXPIRED);
    }

    @Test
    void theInterleaveTallyIsRebuiltOnRestore() {
        QueueEngine q = engine(new PriorityPolicy.Interleave(2));
        q.issue("civil", null, false, Channel.KIOSK, at(0));
        q.issue("civil", null, false, Channel.KIOSK, at(1));
        q.issue("civil", null, true, Channel.KIOSK, at(2));
        q.issue("civil", null, false, Channel.KIOSK, at(3));
        q.callNext(1, at(10));
        q.complete(1, Outcome.OTHER, at(11));
        q.callNext(1, at(12));
        q.complete(1, Outcome.OTHER, at(13)); // two normal calls: the priority ticket is due next
        QueueEngine r = engine(new PriorityPolicy.Interleave(2));
        r.restore(q.tickets(), q.counters(), at(14));
        assertThat(r.callNext(1, at(15)).ticket().priority()).isTrue();
    }

    @Test
    void restoreExpiresUnfinishedTicketsOfEarlierDays() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        q.issue("civil", null, false, Channel.KIOSK, at(0));
        Instant nextDay = T0.plus(Duration.ofDays(1));
        QueueEngine r = new QueueEngine(Setups.with(new PriorityPolicy.Strict()), Setups.tokens(), nextDay);
        List<QueueEvent> events = r.restore(q.tickets(), q.counters(), nextDay);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e).isInstanceOf(QueueEvent.TicketExpired.class);
            assertThat(e.ticket().number()).isEqualTo("A001");
        });
        assertThat(r.tickets()).isEmpty();
    }

    @Test
    void positionFollowsTheInterleavingPolicy() {
        QueueEngine q = engine(new PriorityPolicy.Interleave(2));
        Ticket n1 = q.issue("civil", null, false, Channel.KIOSK, at(0)).ticket();
        Ticket n2 = q.issue("civil", null, false, Channel.KIOSK, at(1)).ticket();
        Ticket n3 = q.issue("civil", null, false, Channel.KIOSK, at(2)).ticket();
        QueueEngine.Issued p1 = q.issue("civil", null, true, Channel.KIOSK, at(3));
        // Calls will go N1 N2 P1 N3: two normal tickets come before the priority one.
        assertThat(p1.waitingAhead()).isEqualTo(2);
        assertThat(q.position(n1).ahead()).isZero();
        assertThat(q.position(n2).ahead()).isEqualTo(1);
        assertThat(q.position(n3).ahead()).isEqualTo(3);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            order.add(q.callNext(1, at(10 + 2 * i)).ticket().number());
            q.complete(1, Outcome.OTHER, at(11 + 2 * i));
        }
        assertThat(order).containsExactly(n1.number(), n2.number(), p1.ticket().number(), n3.number());
    }

    @Test
    void positionCountsPriorityTicketsAhead() {
        QueueEngine q = engine(new PriorityPolicy.Strict());
        Ticket n1 = q.issue("civil", null, false, Channel.KIOSK, at(0)).ticket();
        Ticket n2 = q.issue("civil", null, false, Channel.KIOSK, at(1)).ticket();
        QueueEngine.Issued p1 = q.issue("civil", null, true, Channel.KIOSK, at(2));
        assertThat(p1.waitingAhead()).isZero();
        assertThat(q.position(n1).ahead()).isEqualTo(1);
        assertThat(q.position(n2).ahead()).isEqualTo(2);
        assertThat(q.findByToken(n2.followToken())).contains(n2);
    }
}
