// One counter (quầy) of the centre and the services its officer calls from.
package vn.kiosk.app.queue;

import java.util.List;

public record CounterDef(int id, String nameVi, String nameEn, List<String> serviceIds) {
    public CounterDef {
        serviceIds = List.copyOf(serviceIds);
    }
}
