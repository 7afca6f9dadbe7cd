// The centre's queue services with their waiting counts and estimated waits (public).
package vn.kiosk.app.issuing;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.store.DurableQueue;
import vn.kiosk.app.view.Views;

public final class ServicesService implements HttpService {

    private final DurableQueue queue;
    private final Views views;

    public ServicesService(DurableQueue queue) {
        this.queue = queue;
        this.views = new Views(queue.engine());
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list);
    }

    private void list(ServerRequest req, ServerResponse res) {
        res.send(views.services(queue.clock().instant()));
    }
}
