// A health check made of a name, a kind (readiness or liveness) and the call that answers it.
package vn.kiosk.app.health;

import java.util.function.Supplier;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

record NamedCheck(String name, HealthCheckType type, Supplier<HealthCheckResponse> answer) implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return answer.get();
    }
}
