// The networks staff and technician routes answer from (kiosk.auth.allowed-networks): address ranges in CIDR form.
package vn.kiosk.app.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

public final class NetworkPolicy {

    /** Loopback, the private LAN ranges of RFC 1918 and RFC 4193, and link-local (a laptop cabled straight to the Pi). */
    public static final List<String> DEFAULT = List.of("127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12",
            "192.168.0.0/16", "169.254.0.0/16", "fc00::/7", "fe80::/10");

    /** One range: the network's address bytes and how many leading bits must match. */
    private record Range(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Range> ranges;

    private NetworkPolicy(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Parses ranges such as {@code 192.168.1.0/24} or a single address; a bad entry stops start-up. */
    public static NetworkPolicy of(List<String> cidrs) {
        List<Range> out = new ArrayList<>();
        for (String cidr : cidrs) {
            String c = cidr.strip();
            int slash = c.indexOf('/');
            String host = slash < 0 ? c : c.substring(0, slash);
            if (!host.matches("[0-9a-fA-F:.]+")) {
                // Only literal addresses: a host name here would make start-up depend on DNS.
                throw new IllegalArgumentException("kiosk.auth.allowed-networks: \"" + c + "\" is not an address range");
            }
            try {
                byte[] network = InetAddress.getByName(host).getAddress();
                int bits = slash < 0 ? network.length * 8 : Integer.parseInt(c.substring(slash + 1));
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("kiosk.auth.allowed-networks: bad prefix length in " + c);
                }
                out.add(new Range(network, bits));
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("kiosk.auth.allowed-networks: \"" + c + "\" is not an address range");
            }
        }
        return new NetworkPolicy(out);
    }

    public boolean allows(InetAddress address) {
        if (address == null) {
            return false;
        }
        byte[] a = address.getAddress();
        return ranges.stream().anyMatch(r -> r.contains(a));
    }
}
