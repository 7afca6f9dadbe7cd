// A plain TCP socket for Paho whose reads are held by a ConnectGuard until the first write.
package vn.kiosk.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

final class GuardedSocket extends Socket {

    private final ConnectGuard guard = new ConnectGuard();

    @Override
    public InputStream getInputStream() throws IOException {
        return guard.input(super.getInputStream());
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return guard.output(super.getOutputStream());
    }

    @Override
    public void close() throws IOException {
        guard.release();
        super.close();
    }
}
