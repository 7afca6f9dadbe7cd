// Grabs a Linux event device with ioctl(EVIOCGRAB) through JNA, and reads it on the same file descriptor.
package vn.kiosk.devices.scanner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

/**
 * The grab belongs to one open file: the kernel then sends the device's events to that file only, so the
 * reading must use the very descriptor that grabbed, which Java's own file classes do not hand out. Hence
 * open(2), ioctl(2), poll(2), read(2) and close(2) from libc. Reads wait in poll(2) with a timeout, so that
 * the reading thread can notice that it should stop; the grab ends when the descriptor is closed.
 */
public final class IoctlInputGrab implements InputGrab {

    /** _IOW('E', 0x90, int): direction write (1 << 30) | size 4 (<< 16) | type 'E' (<< 8) | number 0x90. */
    static final long EVIOCGRAB = 0x40044590L;

    private static final int O_RDONLY = 0;
    /** The same value on x86-64, arm and aarch64 Linux; keeps the descriptor out of child processes. */
    private static final int O_CLOEXEC = 0x80000;
    private static final short POLLIN = 0x1;
    private static final short POLLERR = 0x8;
    private static final short POLLHUP = 0x10;
    private static final short POLLNVAL = 0x20;
    private static final int EINTR = 4;
    private static final int EAGAIN = 11;
    private static final int EBUSY = 16;
    private static final int ENODEV = 19;
    private static final int EINVAL = 22;
    private static final int ENOTTY = 25;

    /** The few libc calls needed; each throws LastErrorException with errno when it returns -1. */
    interface LibC extends Library {
        int open(String path, int flags) throws LastErrorException;

        // ioctl is variadic; the grab flag is read by the kernel as the raw argument value, so a long-sized
        // argument passes it the same way a C caller's int does on the 64-bit and 32-bit ABIs the Pi uses.
        int ioctl(int fd, NativeLong request, NativeLong arg) throws LastErrorException;

        int poll(Memory fds, NativeLong nfds, int timeoutMillis) throws LastErrorException;

        NativeLong read(int fd, byte[] buffer, NativeLong count) throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    /** Loads libc on first use, so that merely creating this class needs no native code. */
    private static final class Holder {
        static final LibC LIBC = Native.load("c", LibC.class);
    }

    @Override
    public GrabbedInput grab(Path device) throws IOException {
        LibC libc = libc();
        int fd;
        try {
            fd = libc.open(device.toString(), O_RDONLY | O_CLOEXEC);
        } catch (LastErrorException e) {
            throw new IOException("cannot open " + device + ": " + e.getMessage()
                    + " (is it plugged in, and is this user in the input group?)", e);
        }
        try {
            libc.ioctl(fd, new NativeLong(EVIOCGRAB), new NativeLong(1));
        } catch (LastErrorException e) {
            closeQuietly(libc, fd);
            throw new IOException(grabProblem(device, e), e);
        }
        return new Grabbed(libc, fd, device);
    }

    private static String grabProblem(Path device, LastErrorException e) {
        return switch (e.getErrorCode()) {
            case ENOTTY, EINVAL -> device + " is not an input event device (EVIOCGRAB refused: " + e.getMessage() + ")";
            case EBUSY -> device + " is already grabbed by another program";
            default -> "cannot grab " + device + ": " + e.getMessage();
        };
    }

    private static LibC libc() throws IOException {
        try {
            return Holder.LIBC;
        } catch (LinkageError e) {
            throw new IOException("cannot reach the C library through JNA: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(LibC libc, int fd) {
        try {
            libc.close(fd);
        } catch (LastErrorException e) {
            // Nothing to do: the descriptor is released by the kernel even when close reports an error.
        }
    }

    private static final class Grabbed implements GrabbedInput {

        private final LibC libc;
        private final int fd;
        private final Path device;
        private final Memory pollFd = new Memory(8);
        private boolean closed;

        Grabbed(LibC libc, int fd, Path device) {
            this.libc = libc;
            this.fd = fd;
            this.device = device;
        }

        @Override
        public synchronized int read(byte[] buffer, Duration timeout) throws IOException {
            if (closed) {
                throw new IOException(device + " is closed");
            }
            // struct pollfd { int fd; short events; short revents; }
            pollFd.setInt(0, fd);
            pollFd.setShort(4, POLLIN);
            pollFd.setShort(6, (short) 0);
            int ready;
            try {
                ready = libc.poll(pollFd, new NativeLong(1), Math.clamp(timeout.toMillis(), 1, Integer.MAX_VALUE));
            } catch (LastErrorException e) {
                if (e.getErrorCode() == EINTR) {
                    return 0;
                }
                throw new IOException("waiting for " + device + " failed: " + e.getMessage(), e);
            }
            if (ready == 0) {
                return 0;
            }
            short revents = pollFd.getShort(6);
            if ((revents & POLLIN) == 0 && (revents & (POLLERR | POLLHUP | POLLNVAL)) != 0) {
                return -1;
            }
            try {
                long n = libc.read(fd, buffer, new NativeLong(buffer.length)).longValue();
                return n == 0 ? -1 : (int) n;
            } catch (LastErrorException e) {
                return switch (e.getErrorCode()) {
                    case EINTR, EAGAIN -> 0;
                    case ENODEV -> -1;
                    default -> throw new IOException("reading " + device + " failed: " + e.getMessage(), e);
                };
            }
        }

        @Override
        public synchronized void close() {
            // Once only: a second close could hit a descriptor number the process has since reused.
            if (!closed) {
                closed = true;
                closeQuietly(libc, fd);
            }
        }
    }
}
