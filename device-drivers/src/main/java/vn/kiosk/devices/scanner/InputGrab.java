// Opens a keyboard-mode scanner's event device exclusively, so that its keys do not also type into the browser.
package vn.kiosk.devices.scanner;

import java.io.IOException;
import java.nio.file.Path;

@FunctionalInterface
public interface InputGrab {

    /** Opens the device and grabs it; an IOException says in plain words why it could not. */
    GrabbedInput grab(Path device) throws IOException;
}
