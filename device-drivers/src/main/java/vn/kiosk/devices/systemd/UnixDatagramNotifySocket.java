// Sends datagrams to an AF_UNIX socket through libc (JNA): Java's own channels cannot send AF_UNIX datagrams.
package vn.kiosk.devices.systemd;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

/**
 * NOTIFY_SOCKET is a file system path ("/run/systemd/notify") or, starting with '@', a name in the abstract
 * namespace. Like sd_notify(3), each message opens a socket, sends once and closes, so nothing is held
 * between watchdog pings and a restarted systemd is reached on the next one.
 */
public final class UnixDatagramNotifySocket implements NotifySocket {

    static final int AF_UNIX = 1;
    static final int SOCK_DGRAM = 2;
    /** The same value on x86-64, arm and aarch64 Linux. */
    static final int SOCK_CLOEXEC = 0x80000;
    /** No SIGPIPE if the receiving end went away. */
    private static final int MSG_NOSIGNAL = 0x4000;
    /** sizeof(struct sockaddr_un): a 2-byte family and a 108-byte path. */
    static final int SOCKADDR_UN_SIZE = 110;
    private static final int PATH_MAX = SOCKADDR_UN_SIZE - 2;

    /** The libc calls needed; each throws LastErrorException with errno when it returns -1. */
    interface LibC extends Library {
        int socket(int domain, int type, int protocol) throws LastErrorException;

        NativeLong sendto(int fd, byte[] buffer, NativeLong length, int flags, byte[] address, int addressLength)
                throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    /** Loads libc on first use, so that a kiosk outside systemd never touches native code here. */
    private static final class Holder {
        static final LibC LIBC = Native.load("c", LibC.class);
    }

    private final byte[] address;

    /** @param socketName the value of NOTIFY_SOCKET */
    public UnixDatagramNotifySocket(String socketName) {
        this.address = sockaddr(socketName);
    }

    @Override
    public void send(byte[] message) throws IOException {
        LibC libc = Holder.LIBC;
        int fd;
        try {
            fd = libc.socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        } catch (LastErrorException e) {
            throw new IOException("cannot open a notify socket: " + e.getMessage(), e);
        }
        try {
            long sent = libc.sendto(fd, message, new NativeLong(message.length), MSG_NOSIGNAL, address, address.length)
                    .longValue();
            if (sent != message.length) {
                throw new IOException("sent " + sent + " of " + message.length + " bytes to the notify socket");
            }
        } catch (LastErrorException e) {
            throw new IOException("cannot notify systemd: " + e.getMessage(), e);
        } finally {
            try {
                libc.close(fd);
            } catch (LastErrorException ignored) {
                // the datagram is sent or not; nothing more to do
            }
        }
    }

    /**
     * struct sockaddr_un, cut to the length the kernel is given: a path ends with its NUL, an abstract name
     * (a leading NUL in place of '@') is exactly as long as its bytes.
     */
    static byte[] sockaddr(String socketName) {
        boolean abstractName = socketName.startsWith("@");
        if (!abstractName && !socketName.startsWith("/")) {
            throw new IllegalArgumentException("NOTIFY_SOCKET must be a path or an @name: " + socketName);
        }
        byte[] name = socketName.getBytes(StandardCharsets.UTF_8);
        int pathLength = abstractName ? name.length : name.length + 1;
        if (pathLength > PATH_MAX) {
            throw new IllegalArgumentException("NOTIFY_SOCKET is longer than a socket address allows");
        }
        ByteBuffer address = ByteBuffer.allocate(2 + pathLength).order(ByteOrder.nativeOrder());
        address.putShort((short) AF_UNIX);
        if (abstractName) {
            address.put((byte) 0).put(name, 1, name.length - 1);
        } else {
            address.put(name).put((byte) 0);
        }
        return address.array();
    }
}
