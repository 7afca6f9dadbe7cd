// Runs an external program to its end; the announcer's seam so that tests need no sound card.
package vn.kiosk.devices.announcer;

import java.io.IOException;
import java.util.List;

@FunctionalInterface
public interface ProcessRunner {

    /**
     * Runs the command and waits for it. An interrupted wait stops the program before it throws.
     *
     * @throws IOException when the program cannot be started (not installed, not executable)
     */
    ProcessResult run(List<String> command) throws IOException, InterruptedException;
}
