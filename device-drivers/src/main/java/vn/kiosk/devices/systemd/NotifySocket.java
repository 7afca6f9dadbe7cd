// Where sd_notify messages go: the datagram socket systemd named in NOTIFY_SOCKET.
package vn.kiosk.devices.systemd;

import java.io.IOException;

@FunctionalInterface
public interface NotifySocket {

    /** Sends one datagram; each message is one datagram, as sd_notify(3) sends it. */
    void send(byte[] message) throws IOException;
}
