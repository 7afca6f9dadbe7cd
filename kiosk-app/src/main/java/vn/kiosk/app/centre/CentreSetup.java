// The centre's whole set-up: who it is, its queue, and which service handles which procedures.
package vn.kiosk.app.centre;

import java.util.Map;
import java.util.Optional;

import vn.kiosk.app.queue.QueueSetup;
import vn.kiosk.link.catalog.Procedure;

/**
 * @param fieldServices          catalog field code to the queue service that handles it
 * @param onlineSupportServiceId the service that helps citizens submit online; full-process online
 *                               procedures go there, since paper dossiers for them are refused
 * @param vneidServiceId         where a citizen without a level-2 VNeID account is sent to set one up (the
 *                               commune police counter, or the online support service itself)
 * @param ticket                 the centre's own words on the paper ticket
 * @param settings               the settings it was made from, every default filled in (with the call-out wording):
 *                               what /tech shows and centre.yaml is saved as
 */
public record CentreSetup(Centre centre, QueueSetup queue, Map<String, String> fieldServices,
                          String onlineSupportServiceId, String vneidServiceId, TicketWording ticket,
                          CentreSettings settings) {

    public CentreSetup {
        fieldServices = Map.copyOf(fieldServices);
    }

    /** The queue service a citizen with this procedure should wait for. */
    public Optional<String> serviceFor(Procedure p) {
        if ("full".equals(p.online())) {
            return Optional.of(onlineSupportServiceId);
        }
        return Optional.ofNullable(fieldServices.get(p.fieldCode()));
    }
}
