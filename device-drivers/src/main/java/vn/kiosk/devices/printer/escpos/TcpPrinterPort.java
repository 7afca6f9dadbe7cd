// A network printer on its raw port (9100): one TCP connection carries the job and the status answers.
package vn.kiosk.devices.printer.escpos;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A socket write has no timeout of its own: once the printer stops reading and the buffers fill, it blocks for
 * ever. So each chunk is written on a virtual thread and waited for at most {@code ioTimeout}; a chunk that
 * does not go out in time closes the socket, which ends the blocked write, and the write fails. Bounding each
 * chunk rather than the whole job lets a large job through a slow but working printer. The send buffer is kept
 * small so that "written" means close to "taken by the printer".
 */
public final class TcpPrinterPort implements PrinterPort {

    public static final int RAW_PORT = 9100;

    private static final int CHUNK = 4096;
    private static final int SEND_BUFFER = 16 * 1024;

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration ioTimeout;
    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;

    public TcpPrinterPort(String host, int port, Duration connectTimeout, Duration ioTimeout) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a printer host is needed");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("TCP port " + port + " is out of range");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || ioTimeout.isNegative() || ioTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.ioTimeout = ioTimeout;
    }

    @Override
    public synchronized void open() throws IOException {
        if (isOpen()) {
            return;
        }
        close();
        Socket s = new Socket();
        try {
            s.setSendBufferSize(SEND_BUFFER);
            s.setTcpNoDelay(true);
            s.setSoTimeout(millis(ioTimeout));
            s.connect(new InetSocketAddress(host, port), millis(connectTimeout));
            in = s.getInputStream();
            out = s.getOutputStream();
        } catch (IOException e) {
            s.close();
            throw new IOException("cannot reach printer at " + host + ":" + port + " (" + e.getMessage()
                    + "): is it switched on and on the network?", e);
        }
        socket = s;
    }

    @Override
    public boolean isOpen() {
        Socket s = socket;
        return s != null && s.isConnected() && !s.isClosed();
    }

    @Override
    public void write(byte[] data) throws IOException {
        OutputStream o = stream().out;
        for (int from = 0; from < data.length; from += CHUNK) {
            byte[] chunk = Arrays.copyOfRange(data, from, Math.min(data.length, from + CHUNK));
            FutureTask<Void> send = new FutureTask<>(() -> {
                o.write(chunk);
                o.flush();
                return null;
            });
            Thread.ofVirtual().name("tcp-printer-write").start(send);
            try {
                send.get(ioTimeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                close();
                throw new IOException("printer at " + host + ":" + port + " took no data for "
                        + ioTimeout.toMillis() + " ms", e);
            } catch (ExecutionException e) {
                close();
                throw e.getCause() instanceof IOException io ? io
                        : new IOException("writing to printer at " + host + ":" + port + " failed", e.getCause());
            } catch (InterruptedException e) {
                close();
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing to printer at " + host + ":" + port);
            }
        }
    }

    @Override
    public int read(Duration timeout) throws IOException {
        Streams s = stream();
        s.socket.setSoTimeout(millis(timeout));
        int b;
        try {
            b = s.in.read();
        } catch (SocketTimeoutException e) {
            return -1;
        }
        if (b < 0) {
            close();
            throw new IOException("printer at " + host + ":" + port + " closed the connection");
        }
        return b;
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public void drainInput() throws IOException {
        InputStream i = stream().in;
        byte[] skip = new byte[256];
        while (i.available() > 0) {
            if (i.read(skip) < 0) {
                return;
            }
        }
    }

    @Override
    public String describe() {
        return "tcp " + host + ":" + port;
    }

    @Override
    public synchronized void close() {
        Socket s = socket;
        socket = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // The connection is dead either way.
            }
        }
    }

    private record Streams(Socket socket, InputStream in, OutputStream out) {
    }

    private synchronized Streams stream() throws IOException {
        Socket s = socket;
        if (s == null || s.isClosed()) {
            throw new IOException("printer at " + host + ":" + port + " is not connected");
        }
        return new Streams(s, in, out);
    }

    private static int millis(Duration d) {
        return Math.clamp(d.toMillis(), 1, Integer.MAX_VALUE);
    }
}
