// One queue service of the centre: its prefix letter, names and the catalog fields it handles.
package vn.kiosk.app.queue;

import java.util.List;

public record ServiceDef(String id, String prefix, String nameVi, String nameEn, List<String> fields) {
    public ServiceDef {
        fields = List.copyOf(fields);
    }
}
