// A network printer played on a loopback socket: answers DLE EOT as told, records the job, can stop reading.
package vn.kiosk.devices.printer.escpos;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;

final class LoopbackPrinter implements AutoCloseable {

    private final ServerSocket server;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final ByteArrayOutputStream job = new ByteArrayOutputStream();
    private volatile int[] answers = {0x12, 0x12, 0x12};
    private volatile boolean mute;
    private volatile long readLimit = Long.MAX_VALUE;
    private int statusRequests;

    LoopbackPrinter() throws IOException {
        server = new ServerSocket();
        // A small window, so that a printer that stops reading stops the sender soon.
        server.setReceiveBufferSize(4096);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread.ofPlatform().daemon().name("loopback-printer").start(this::serve);
    }

    int port() {
        return server.getLocalPort();
    }

    /** The answers to DLE EOT 1, 2 and 4. */
    void answer(int printer, int offline, int paper) {
        answers = new int[] {printer, offline, paper};
    }

    /** Status requests get no answer. */
    void mute() {
        mute = true;
    }

    /** After this many job bytes the printer stops reading, as a jammed one does. */
    void stopReadingAfter(long jobBytes) {
        readLimit = jobBytes;
    }

    synchronized byte[] jobBytes() {
        return job.toByteArray();
    }

    synchronized int statusRequests() {
        return statusRequests;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                talk(new BufferedInputStream(s.getInputStream()), s.getOutputStream());
            } catch (IOException e) {
                // The connection or the server closed: wait for the next one, if any.
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void talk(InputStream in, OutputStream out) throws IOException, InterruptedException {
        while (true) {
            if (jobSize() >= readLimit) {
                closing.await();
                return;
            }
            int b = in.read();
            if (b < 0) {
                return;
            }
            if (b == 0x10) {
                int second = in.read();
                if (second == 0x04) {
                    int n = in.read();
                    countRequest();
                    if (!mute) {
                        out.write(answers[n == 1 ? 0 : n == 2 ? 1 : 2]);
                        out.flush();
                    }
                    continue;
                }
                record(b);
                b = second;
            }
            record(b);
        }
    }

    private synchronized long jobSize() {
        return job.size();
    }

    private synchronized void record(int b) {
        job.write(b);
    }

    private synchronized void countRequest() {
        statusRequests++;
    }

    @Override
    public void close() throws IOException {
        closing.countDown();
        server.close();
    }
}
