// The address phones on the centre's network use to follow a ticket: the configured one, else the kiosk's LAN
// address and the port it really listens on.
package vn.kiosk.app.tech;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A phone can never open "localhost": so when nothing is configured the address is derived each time it is asked
 * for, from the interfaces up at that moment (a DHCP lease may change) and the port the server was given (port 0
 * in tests, SERVER_PORT on a kiosk). A server bound to one address is reachable only there, so that address wins.
 */
public final class PublicAddress {

    /** An http(s) address without query or fragment; the path, if any, is where a proxy serves the kiosk. */
    private static final Pattern URL = Pattern.compile("(?i)https?://[A-Za-z0-9.\\-]+(:\\d{1,5})?(/[A-Za-z0-9._~\\-/]*)?"
            + "|(?i)https?://\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?(/[A-Za-z0-9._~\\-/]*)?");
    /** Interfaces of containers and virtual machines, which a phone on the centre's Wi-Fi cannot reach. */
    private static final Pattern VIRTUAL = Pattern.compile("(docker|veth|br-|virbr|vmnet|lxc|tun|tap|wg).*");

    /** One address of one interface, as the lookup found it. */
    public record Candidate(String interfaceName, InetAddress address) {
    }

    /** What /tech shows: the address in force, the configured one ("" when derived), and why it may not work. */
    public record View(String url, String configured, boolean derived, boolean loopback, boolean fromEnvironment) {
    }

    private volatile String configured;
    private final boolean fromEnvironment;
    private final String boundHost;
    private final IntSupplier port;
    private final Supplier<List<Candidate>> interfaces;

    /**
     * @param configured      kiosk.public-url; blank to derive
     * @param fromEnvironment whether KIOSK_PUBLIC_URL set it (then the page cannot change it)
     * @param boundHost       server.host: a wildcard (0.0.0.0, ::) or the one address the server listens on
     * @param port            the port the server listens on, read once it is started
     */
    public PublicAddress(String configured, boolean fromEnvironment, String boundHost, IntSupplier port,
                         Supplier<List<Candidate>> interfaces) {
        this.configured = checked(configured);
        this.fromEnvironment = fromEnvironment;
        this.boundHost = boundHost == null ? "" : boundHost.strip();
        this.port = port;
        this.interfaces = interfaces;
    }

    /** With the machine's own network interfaces. */
    public static PublicAddress of(String configured, boolean fromEnvironment, String boundHost, IntSupplier port) {
        return new PublicAddress(configured, fromEnvironment, boundHost, port, PublicAddress::machineInterfaces);
    }

    /** The address without a trailing slash, e.g. http://192.168.1.20:8080. */
    public String url() {
        String c = configured;
        return c.isEmpty() ? "http://" + hostText(derivedHost()) + ":" + port.getAsInt() : c;
    }

    public View view() {
        String url = url();
        return new View(url, configured, configured.isEmpty(), isLoopback(url), fromEnvironment);
    }

    public boolean fromEnvironment() {
        return fromEnvironment;
    }

    /** Puts a new configured address in force ("" derives it again); a bad one is refused. */
    public void configure(String url) {
        configured = checked(url);
    }

    /** The configured text as it is kept: stripped, without a trailing slash; refused when not a plain web address. */
    public static String checked(String url) {
        String v = url == null ? "" : url.strip();
        while (v.endsWith("/")) {
            v = v.substring(0, v.length() - 1);
        }
        if (!v.isEmpty() && !URL.matcher(v).matches()) {
            throw new IllegalArgumentException("kiosk.public-url must be an http:// or https:// address");
        }
        return v;
    }

    private InetAddress derivedHost() {
        if (!isWildcard(boundHost)) {
            try {
                return InetAddress.getByName(boundHost);
            } catch (java.net.UnknownHostException e) {
                // falls through to the interfaces: the server could not have started on an unknown host anyway
            }
        }
        return best(interfaces.get()).orElse(InetAddress.getLoopbackAddress());
    }

    /**
     * A private IPv4 address of a physical interface first (what a centre's router hands out), then any other
     * IPv4, then a global IPv6; never a link-local one, which a phone's browser cannot be given as a link.
     */
    static Optional<InetAddress> best(List<Candidate> found) {
        return found.stream()
                .filter(c -> !c.address().isLoopbackAddress() && !c.address().isLinkLocalAddress()
                        && !c.address().isAnyLocalAddress() && !c.address().isMulticastAddress())
                .filter(c -> !VIRTUAL.matcher(c.interfaceName().toLowerCase(Locale.ROOT)).matches())
                .min(Comparator.comparingInt((Candidate c) -> rank(c.address())).thenComparing(Candidate::interfaceName))
                .map(Candidate::address);
    }

    private static int rank(InetAddress a) {
        if (a instanceof Inet4Address) {
            return a.isSiteLocalAddress() ? 0 : 1;
        }
        return 2;
    }

    private static boolean isWildcard(String host) {
        return host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    private static String hostText(InetAddress a) {
        String h = a.getHostAddress();
        int zone = h.indexOf('%');
        if (zone >= 0) {
            h = h.substring(0, zone);
        }
        return a instanceof Inet4Address ? h : "[" + h + "]";
    }

    /** Whether a phone could never reach the address: localhost, 127.x, ::1. */
    static boolean isLoopback(String url) {
        String rest = url.replaceFirst("(?i)^https?://", "");
        String host = rest.startsWith("[") ? rest.substring(1, Math.max(1, rest.indexOf(']')))
                : rest.split("[:/]", 2)[0];
        host = host.toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1");
    }

    private static List<Candidate> machineInterfaces() {
        List<Candidate> out = new ArrayList<>();
        try {
            for (NetworkInterface n : NetworkInterface.networkInterfaces().toList()) {
                if (n.isUp() && !n.isLoopback() && !n.isVirtual()) {
                    n.inetAddresses().forEach(a -> out.add(new Candidate(n.getName(), a)));
                }
            }
        } catch (SocketException e) {
            // no interfaces to read: the loopback address is shown, with its warning on /tech
        }
        return out;
    }
}
