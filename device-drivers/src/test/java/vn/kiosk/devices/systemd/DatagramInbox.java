// A bound AF_UNIX datagram socket for tests, standing in for systemd's notify socket.
package vn.kiosk.devices.systemd;

import java.io.IOException;
import java.util.Arrays;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

final class DatagramInbox implements AutoCloseable {

    private static final short POLLIN = 0x1;

    interface LibC extends Library {
        int socket(int domain, int type, int protocol) throws LastErrorException;

        int bind(int fd, byte[] address, int addressLength) throws LastErrorException;

        int poll(Memory fds, NativeLong nfds, int timeoutMillis) throws LastErrorException;

        NativeLong recv(int fd, byte[] buffer, NativeLong length, int flags) throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    private static final LibC LIBC = Native.load("c", LibC.class);

    private final int fd;

    /** @param name a path or an @abstract name, as in NOTIFY_SOCKET */
    DatagramInbox(String name) {
        fd = LIBC.socket(UnixDatagramNotifySocket.AF_UNIX,
                UnixDatagramNotifySocket.SOCK_DGRAM | UnixDatagramNotifySocket.SOCK_CLOEXEC, 0);
        byte[] address = UnixDatagramNotifySocket.sockaddr(name);
        LIBC.bind(fd, address, address.length);
    }

    /** The next datagram, or null if none comes within the time. */
    byte[] receive(int timeoutMillis) throws IOException {
        Memory pollFd = new Memory(8);
        pollFd.clear();
        pollFd.setInt(0, fd);
        pollFd.setShort(4, POLLIN);
        if (LIBC.poll(pollFd, new NativeLong(1), timeoutMillis) == 0) {
            return null;
        }
        byte[] buffer = new byte[4096];
        int n = LIBC.recv(fd, buffer, new NativeLong(buffer.length), 0).intValue();
        if (n < 0) {
            throw new IOException("recv failed");
        }
        return Arrays.copyOf(buffer, n);
    }

    @Override
    public void close() {
        LIBC.close(fd);
    }
}
