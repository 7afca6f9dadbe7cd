// Small queue set-ups for engine tests: two services, three counters, open at all hours.
package vn.kiosk.app.queue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

final class Setups {

    static final ServiceDef CIVIL = new ServiceDef("civil", "A", "Hộ tịch", "Civil status", List.of("ho_tich"));
    static final ServiceDef LAND = new ServiceDef("land", "B", "Đất đai", "Land", List.of("dat_dai"));

    private Setups() {
    }

    static QueueSetup with(PriorityPolicy policy) {
        return with(policy, LocalTime.MIDNIGHT, OpeningHours.always());
    }

    static QueueSetup with(PriorityPolicy policy, LocalTime reset, OpeningHours hours) {
        return new QueueSetup(List.of(CIVIL, LAND),
                List.of(new CounterDef(1, "Quầy 1", "Counter 1", List.of("civil")),
                        new CounterDef(2, "Quầy 2", "Counter 2", List.of("civil", "land")),
                        new CounterDef(3, "Quầy 3", "Counter 3", List.of("land"))),
                policy, hours, new ServiceDayClock(ServiceDayClock.VIETNAM, reset),
                Duration.ofMinutes(30), Duration.ofMinutes(10));
    }

    static Supplier<String> tokens() {
        AtomicInteger n = new AtomicInteger();
        return () -> "token-" + n.incrementAndGet();
    }
}
