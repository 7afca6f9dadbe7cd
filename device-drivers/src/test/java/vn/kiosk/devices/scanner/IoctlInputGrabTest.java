// The JNA grab fails with a clear IOException on anything that is not an input device, and leaks no descriptor.
package vn.kiosk.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A real grab needs a real keyboard device; here only the refusal paths can run. */
@EnabledOnOs(OS.LINUX)
class IoctlInputGrabTest {

    @TempDir
    Path dir;

    private static long openDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    @Test
    void theRequestNumberIsEviocgrab() {
        // _IOW('E', 0x90, int) from linux/input.h
        long iow = (1L << 30) | ((long) Integer.BYTES << 16) | ('E' << 8) | 0x90;
        assertThat(IoctlInputGrab.EVIOCGRAB).isEqualTo(iow).isEqualTo(0x40044590L);
    }

    @Test
    void aRegularFileIsRefusedAsNotAnInputDevice() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-keyboard"), "plain text");
        IoctlInputGrab grab = new IoctlInputGrab();
        assertThatThrownBy(() -> grab.grab(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + " is not an input event device (EVIOCGRAB refused: ")
                .hasMessageContaining("ioctl");
    }

    @Test
    void aRefusedGrabClosesTheDescriptorItOpened() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-keyboard"), "plain text");
        IoctlInputGrab grab = new IoctlInputGrab();
        // The first attempt loads JNA and libc, which open files of their own.
        assertThatThrownBy(() -> grab.grab(file)).isInstanceOf(IOException.class);
        long before = openDescriptors();
        for (int i = 0; i < 50; i++) {
            assertThatThrownBy(() -> grab.grab(file)).isInstanceOf(IOException.class);
        }
        assertThat(openDescriptors()).isEqualTo(before);
    }

    @Test
    void aMissingDeviceSaysItCannotBeOpened() {
        Path missing = dir.resolve("usb-Scanner-event-kbd");
        assertThatThrownBy(() -> new IoctlInputGrab().grab(missing))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot open " + missing + ": ")
                .hasMessageContaining("input group");
    }
}
