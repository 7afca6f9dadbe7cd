// The socket factories every Paho client of this project connects with, plain or TLS: see ConnectGuard for why.
package vn.kiosk.link;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

public final class PahoSockets {

    private PahoSockets() {
    }

    /**
     * The factory for a broker address: TLS for ssl:// (the given factory, or the JDK's default trust when
     * null), plain otherwise.
     */
    public static SocketFactory forBroker(String brokerUri, SocketFactory given) {
        if (brokerUri.startsWith("ssl://")) {
            return tls(given instanceof SSLSocketFactory f ? f : (SSLSocketFactory) SSLSocketFactory.getDefault());
        }
        return plain();
    }

    /** For tcp:// brokers. Paho asks for an unconnected socket and connects it itself. */
    public static SocketFactory plain() {
        return new SocketFactory() {
            @Override
            public Socket createSocket() {
                return new GuardedSocket();
            }

            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return connected(new InetSocketAddress(host, port));
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
                return connected(new InetSocketAddress(host, port), local, localPort);
            }

            @Override
            public Socket createSocket(InetAddress host, int port) throws IOException {
                return connected(new InetSocketAddress(host, port));
            }

            @Override
            public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
                return connected(new InetSocketAddress(host, port), local, localPort);
            }

            private Socket connected(InetSocketAddress to) throws IOException {
                Socket s = new GuardedSocket();
                s.connect(to);
                return s;
            }

            private Socket connected(InetSocketAddress to, InetAddress local, int localPort) throws IOException {
                Socket s = new GuardedSocket();
                s.bind(new InetSocketAddress(local, localPort));
                s.connect(to);
                return s;
            }
        };
    }

    /** For ssl:// brokers: the given TLS factory's sockets (its trust, its protocols), guarded. */
    public static SSLSocketFactory tls(SSLSocketFactory tls) {
        return new SSLSocketFactory() {
            @Override
            public String[] getDefaultCipherSuites() {
                return tls.getDefaultCipherSuites();
            }

            @Override
            public String[] getSupportedCipherSuites() {
                return tls.getSupportedCipherSuites();
            }

            @Override
            public Socket createSocket() throws IOException {
                return guarded(tls.createSocket());
            }

            @Override
            public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
                return guarded(tls.createSocket(s, host, port, autoClose));
            }

            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return guarded(tls.createSocket(host, port));
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
                return guarded(tls.createSocket(host, port, local, localPort));
            }

            @Override
            public Socket createSocket(InetAddress host, int port) throws IOException {
                return guarded(tls.createSocket(host, port));
            }

            @Override
            public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
                return guarded(tls.createSocket(host, port, local, localPort));
            }

            private Socket guarded(Socket s) {
                return new GuardedSslSocket((SSLSocket) s);
            }
        };
    }
}
