// Which address the phones are given: the configured one, the one the server is bound to, or the best LAN address.
package vn.kiosk.app.tech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    /** An address of an interface; literal addresses only, so no name is looked up. */
    private static PublicAddress.Candidate on(String name, String address) {
        try {
            return new PublicAddress.Candidate(name, InetAddress.getByName(address));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    @Test
    void thePrivateAddressOfAPhysicalInterfaceIsChosenWithTheRealPort() throws Exception {
        List<PublicAddress.Candidate> found = List.of(on("docker0", "172.17.0.1"), on("wlan0", "fe80::1"),
                on("eth1", "203.0.113.7"), on("wlan0", "192.168.1.20"), on("veth12ab", "10.10.0.1"));
        PublicAddress a = new PublicAddress("", false, "0.0.0.0", () -> 43117, () -> found);
        assertThat(a.url()).isEqualTo("http://192.168.1.20:43117");
        assertThat(a.view().loopback()).isFalse();
        assertThat(a.view().derived()).isTrue();
    }

    @Test
    void withoutANetworkTheAddressIsLoopbackAndSaysSo() {
        PublicAddress a = new PublicAddress("", false, "::", () -> 8080, List::of);
        assertThat(a.view().loopback()).isTrue();
        assertThat(a.url()).endsWith(":8080");
    }

    @Test
    void aServerBoundToOneAddressIsGivenThatAddress() throws Exception {
        PublicAddress a = new PublicAddress("", false, "10.1.2.3", () -> 8081, () -> List.of(on("eth0", "192.168.1.9")));
        assertThat(a.url()).isEqualTo("http://10.1.2.3:8081");
    }

    @Test
    void aConfiguredAddressWinsAndLosesItsTrailingSlash() throws Exception {
        PublicAddress a = new PublicAddress("https://kiosk.minhson.gov.vn/kiosk/ ", false, "0.0.0.0", () -> 8080,
                () -> List.of(on("eth0", "192.168.1.9")));
        assertThat(a.url()).isEqualTo("https://kiosk.minhson.gov.vn/kiosk");
        a.configure("http://localhost:8080");
        assertThat(a.view().loopback()).isTrue();
        a.configure("");
        assertThat(a.url()).isEqualTo("http://192.168.1.9:8080");
    }

    @Test
    void whatIsNotAPlainWebAddressIsRefused() {
        for (String bad : List.of("kiosk.local", "ftp://kiosk.local", "http://kiosk.local/?a=1", "http://kiosk.local/#x",
                "http://a b", "http://kiosk.local:99999999")) {
            assertThatThrownBy(() -> PublicAddress.checked(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(PublicAddress.checked("http://[fd00::20]:8080/")).isEqualTo("http://[fd00::20]:8080");
        assertThat(PublicAddress.isLoopback("http://127.0.1.1:8080")).isTrue();
        assertThat(PublicAddress.isLoopback("http://[::1]:8080")).isTrue();
        assertThat(PublicAddress.isLoopback("http://localhost")).isTrue();
        assertThat(PublicAddress.isLoopback("http://kiosk.local")).isFalse();
    }
}
