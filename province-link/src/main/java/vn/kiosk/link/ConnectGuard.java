// Holds a socket's end of stream, or its failure, back from Paho until Paho has written its first packet.
package vn.kiosk.link;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Paho 1.2.5 starts its receiver, sender and callback threads one after another, each start spinning until
 * the new thread reports itself running. When the far end hangs up at once (a proxy with no broker behind
 * it, a broker at its connection limit) the receiver can stop before the connecting thread looks, and that
 * thread then spins for ever (eclipse-paho/paho.mqtt.java#850, fixed upstream after the last release): one
 * thread lost per attempt, tens of thousands a day on a kiosk that retries. The connecting thread writes
 * the CONNECT packet only after all three starts returned, so a read that ends or fails is held until the
 * first write (or the close), and the receiver cannot stop too early. A read that merely timed out is Paho's
 * own polling and passes at once.
 */
final class ConnectGuard {

    /** Longer than any connect timeout Paho is given: past it Paho has given up and closed the socket. */
    private static final long HOLD_AT_MOST_MS = 30_000;

    private final CountDownLatch firstWrite = new CountDownLatch(1);

    void release() {
        firstWrite.countDown();
    }

    private void hold() {
        try {
            firstWrite.await(HOLD_AT_MOST_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    InputStream input(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                return held(() -> in.read());
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return held(() -> in.read(b, off, len));
            }
        };
    }

    private interface Read {
        int run() throws IOException;
    }

    private int held(Read read) throws IOException {
        int n;
        try {
            n = read.run();
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            hold();
            throw e;
        }
        if (n < 0) {
            hold();
        }
        return n;
    }

    OutputStream output(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                release();
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                release();
                out.write(b, off, len);
            }
        };
    }
}
