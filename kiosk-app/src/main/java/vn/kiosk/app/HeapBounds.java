// Keeps a kiosk started with a bare `java -jar` from growing its heap toward a quarter of the machine's memory.
package vn.kiosk.app;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

/**
 * A jar cannot carry -Xmx, and a launcher that re-starts the JVM with flags doubles the start-up and hides the
 * real process from systemd. What the running JVM does let a program change are its manageable flags: when no
 * heap size was given, the heap is steered to the service's size (SoftMaxHeapSize) and handed back to the
 * system after a collection (free ratios) and while idle (a periodic collection). An explicit -Xmx, as the
 * script, the unit and the README give, is left alone.
 */
final class HeapBounds {

    /** The service's heap, as install/files/kiosk.env gives it with -Xmx. */
    static final long SERVICE_HEAP = 256L * 1024 * 1024;

    private HeapBounds() {
    }

    /** @return whether the bounds were applied (no heap size had been given) */
    static boolean applyWhenUnset() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        VMOption max = vm.getVMOption("MaxHeapSize");
        if (max.getOrigin() != VMOption.Origin.ERGONOMIC && max.getOrigin() != VMOption.Origin.DEFAULT) {
            return false;
        }
        if (Long.parseLong(max.getValue()) > SERVICE_HEAP) {
            vm.setVMOption("SoftMaxHeapSize", Long.toString(SERVICE_HEAP));
        }
        // Lower the minimum first: the JVM refuses a maximum below the current minimum.
        vm.setVMOption("MinHeapFreeRatio", "10");
        vm.setVMOption("MaxHeapFreeRatio", "30");
        if (vm.getVMOption("UseG1GC").getValue().equals("true")) {
            vm.setVMOption("G1PeriodicGCInterval", "60000");
        }
        return true;
    }
}
