// The centre's queue configuration as the engine needs it: services, counters, policy, hours, timings.
package vn.kiosk.app.queue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public record QueueSetup(
        List<ServiceDef> services,
        List<CounterDef> counters,
        PriorityPolicy priorityPolicy,
        OpeningHours hours,
        ServiceDayClock dayClock,
        Duration noShowRecallWindow,
        Duration defaultServiceTime) {

    public QueueSetup {
        services = List.copyOf(services);
        counters = List.copyOf(counters);
        Map<String, ServiceDef> byId = new LinkedHashMap<>();
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (ServiceDef s : services) {
            if (byId.put(s.id(), s) != null) {
                throw new IllegalArgumentException("duplicate service id " + s.id());
            }
            if (prefixes.put(s.prefix(), s.id()) != null) {
                throw new IllegalArgumentException("duplicate service prefix " + s.prefix());
            }
        }
        Map<Integer, CounterDef> counterIds = new LinkedHashMap<>();
        for (CounterDef c : counters) {
            if (counterIds.put(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate counter id " + c.id());
            }
            for (String sid : c.serviceIds()) {
                if (!byId.containsKey(sid)) {
                    throw new IllegalArgumentException("counter " + c.id() + " serves unknown service " + sid);
                }
            }
        }
        if (priorityPolicy instanceof PriorityPolicy.Dedicated d) {
            for (int id : d.counterIds()) {
                if (!counterIds.containsKey(id)) {
                    throw new IllegalArgumentException("dedicated priority counter " + id + " does not exist");
                }
            }
        }
        if (noShowRecallWindow.isNegative() || defaultServiceTime.isNegative() || defaultServiceTime.isZero()) {
            throw new IllegalArgumentException("recall window and default service time must be positive");
        }
    }

    public Optional<ServiceDef> service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The counters that call this service, in their configured order. */
    public List<CounterDef> countersOf(String serviceId) {
        return counters.stream().filter(c -> c.serviceIds().contains(serviceId)).toList();
    }

    public Optional<CounterDef> counter(int id) {
        return counters.stream().filter(c -> c.id() == id).findFirst();
    }
}
