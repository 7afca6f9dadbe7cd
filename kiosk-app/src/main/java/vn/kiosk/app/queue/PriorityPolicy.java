// How priority tickets (elderly, disability, pregnancy, small children, meritorious people) are ordered.
package vn.kiosk.app.queue;

import java.util.Set;

public sealed interface PriorityPolicy {

    /** Priority tickets always go before normal ones. */
    record Strict() implements PriorityPolicy {
    }

    /** One priority ticket after every {@code normalPerPriority} normal ones, centre-wide. */
    record Interleave(int normalPerPriority) implements PriorityPolicy {
        public Interleave {
            if (normalPerPriority < 1) {
                throw new IllegalArgumentException("normalPerPriority must be at least 1");
            }
        }
    }

    /**
     * Priority tickets are called by the dedicated counters first; other counters take them only
     * when no normal ticket of theirs waits, so nobody is stranded when the priority counter is paused.
     */
    record Dedicated(Set<Integer> counterIds) implements PriorityPolicy {
        public Dedicated {
            counterIds = Set.copyOf(counterIds);
            if (counterIds.isEmpty()) {
                throw new IllegalArgumentException("a dedicated policy needs at least one counter");
            }
        }
    }
}
