// A JVM started without a heap flag gets the service's heap bounds; one started with -Xmx keeps its own.
package vn.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class HeapBoundsTest {

    /** Run in a child JVM: applies the bounds and prints the flags they touch. */
    public static void main(String[] args) {
        boolean applied = HeapBounds.applyWhenUnset();
        var vm = java.lang.management.ManagementFactory.getPlatformMXBean(
                com.sun.management.HotSpotDiagnosticMXBean.class);
        System.out.println("applied=" + applied
                + " SoftMaxHeapSize=" + vm.getVMOption("SoftMaxHeapSize").getValue()
                + " MaxHeapFreeRatio=" + vm.getVMOption("MaxHeapFreeRatio").getValue()
                + " MinHeapFreeRatio=" + vm.getVMOption("MinHeapFreeRatio").getValue());
    }

    @Test
    void aBareJvmIsSteeredToTheServiceHeap() throws Exception {
        String out = child();
        assertThat(out).contains("applied=true", "MaxHeapFreeRatio=30", "MinHeapFreeRatio=10");
        // On a machine whose quarter is below 256 MB the JVM's own smaller maximum stands.
        long quarter = Runtime.getRuntime().maxMemory();
        if (quarter > HeapBounds.SERVICE_HEAP) {
            assertThat(out).contains("SoftMaxHeapSize=" + HeapBounds.SERVICE_HEAP);
        }
    }

    @Test
    void anExplicitHeapIsLeftAlone() throws Exception {
        assertThat(child("-Xmx128m")).contains("applied=false", "MaxHeapFreeRatio=70",
                "SoftMaxHeapSize=" + 128L * 1024 * 1024);
    }

    private static String child(String... jvm) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(jvm));
        command.addAll(List.of("-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                HeapBoundsTest.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
