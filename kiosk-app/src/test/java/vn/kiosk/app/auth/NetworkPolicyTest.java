// Which client addresses may reach staff and technician routes.
package vn.kiosk.app.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;


class NetworkPolicyTest {

    private static boolean allows(NetworkPolicy p, String address) throws Exception {
        return p.allows(InetAddress.getByName(address));
    }

    @Test
    void theDefaultIsLoopbackAndThePrivateLanRanges() throws Exception {
        NetworkPolicy p = NetworkPolicy.of(NetworkPolicy.DEFAULT);
        for (String ok : List.of("127.0.0.1", "::1", "10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.20",
                "169.254.10.1", "fd12:3456::1", "fe80::1", "::ffff:192.168.1.20")) {
            assertThat(allows(p, ok)).as(ok).isTrue();
        }
        for (String no : List.of("8.8.8.8", "172.32.0.1", "172.15.255.255", "192.169.0.1", "2001:db8::1", "100.64.0.1")) {
            assertThat(allows(p, no)).as(no).isFalse();
        }
        assertThat(p.allows(null)).isFalse();
    }

    @Test
    void rangesOfAnyLengthAndSingleAddresses() throws Exception {
        NetworkPolicy p = NetworkPolicy.of(List.of("192.168.1.0/25", "10.0.0.7", " 2001:db8::/32 "));
        assertThat(allows(p, "192.168.1.127")).isTrue();
        assertThat(allows(p, "192.168.1.128")).isFalse();
        assertThat(allows(p, "10.0.0.7")).isTrue();
        assertThat(allows(p, "10.0.0.8")).isFalse();
        assertThat(allows(p, "2001:db8:ffff::1")).isTrue();
        assertThat(allows(p, "127.0.0.1")).isFalse();
    }

    @Test
    void aBadEntryStopsStartUpWithItsName() {
        assertThatThrownBy(() -> NetworkPolicy.of(List.of("lan.local/24"))).hasMessageContaining("lan.local/24");
        assertThatThrownBy(() -> NetworkPolicy.of(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> NetworkPolicy.of(List.of("10.0.0.0/x"))).hasMessageContaining("10.0.0.0/x");
    }
}
