// The address ranges the hub's pages and API answer (hub.auth.allowed-networks), in CIDR form.
package vn.kiosk.hub.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

public final class AllowedNetworks {

    /** Loopback and the private ranges (RFC 1918, RFC 4193): a province's office network. */
    public static final List<String> DEFAULT = List.of("127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12",
            "192.168.0.0/16", "fc00::/7");

    /** One range: its address and how many leading bits must match. */
    private record Range(byte[] network, int bits) {
        boolean contains(byte[] a) {
            if (a.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((a[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> ranges;

    private AllowedNetworks(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** A malformed entry stops the start: a typo must not open the hub to every network. */
    public static AllowedNetworks of(List<String> cidrs) {
        return new AllowedNetworks(cidrs.stream().map(String::strip).map(AllowedNetworks::range).toList());
    }

    private static Range range(String cidr) {
        int slash = cidr.indexOf('/');
        String host = slash < 0 ? cidr : cidr.substring(0, slash);
        // Literal addresses only, so that the start never waits on DNS.
        if (!host.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("hub.auth.allowed-networks: \"" + cidr + "\" is not an address range");
        }
        try {
            byte[] network = InetAddress.getByName(host).getAddress();
            int bits = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException("hub.auth.allowed-networks: bad prefix in \"" + cidr + "\"");
            }
            return new Range(network, bits);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("hub.auth.allowed-networks: \"" + cidr + "\" is not an address range");
        }
    }

    public boolean allows(InetAddress address) {
        return address != null && ranges.stream().anyMatch(r -> r.contains(address.getAddress()));
    }
}
