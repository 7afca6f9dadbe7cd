// sd_notify messages reach a real AF_UNIX datagram socket byte for byte; no socket, no messages.
package vn.kiosk.devices.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemdNotifierTest {

    @Test
    void readyWatchdogAndStoppingReachAFileSystemSocket(@TempDir Path dir) throws IOException {
        String path = dir.resolve("notify").toString();
        try (DatagramInbox inbox = new DatagramInbox(path)) {
            SystemdNotifier notifier = SystemdNotifier.from(Map.of("NOTIFY_SOCKET", path));
            assertThat(notifier.enabled()).isTrue();
            notifier.ready("Kiosk ready on port 8080");
            notifier.watchdog();
            notifier.status("printer PAPER_OUT\nsecond line");
            notifier.stopping("Kiosk stopping");
            assertThat(text(inbox.receive(2000))).isEqualTo("READY=1\nSTATUS=Kiosk ready on port 8080");
            assertThat(inbox.receive(2000)).isEqualTo("WATCHDOG=1".getBytes(StandardCharsets.US_ASCII));
            assertThat(text(inbox.receive(2000))).isEqualTo("STATUS=printer PAPER_OUT second line");
            assertThat(text(inbox.receive(2000))).isEqualTo("STOPPING=1\nSTATUS=Kiosk stopping");
            assertThat(inbox.receive(100)).isNull();
        }
    }

    @Test
    void anAbstractSocketNameStartsWithAt() throws IOException {
        String name = "@kiosk-notify-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        try (DatagramInbox inbox = new DatagramInbox(name)) {
            SystemdNotifier.from(Map.of("NOTIFY_SOCKET", name)).ready("Sẵn sàng");
            assertThat(inbox.receive(2000)).isEqualTo("READY=1\nSTATUS=Sẵn sàng".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void socketAddressesAreLaidOutAsTheKernelReadsThem() {
        byte[] path = UnixDatagramNotifySocket.sockaddr("/run/systemd/notify");
        assertThat(path).hasSize(2 + "/run/systemd/notify".length() + 1);
        assertThat(family(path)).isEqualTo(UnixDatagramNotifySocket.AF_UNIX);
        assertThat(new String(path, 2, path.length - 3, StandardCharsets.US_ASCII)).isEqualTo("/run/systemd/notify");
        assertThat(path[path.length - 1]).isZero();

        byte[] abstractName = UnixDatagramNotifySocket.sockaddr("@x/y");
        assertThat(abstractName).containsExactly(bytes(family(abstractName), 0, 'x', '/', 'y'));
        assertThatThrownBy(() -> UnixDatagramNotifySocket.sockaddr("relative"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnixDatagramNotifySocket.sockaddr("/" + "x".repeat(200)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutNotifySocketNothingIsSent() {
        SystemdNotifier notifier = SystemdNotifier.from(Map.of());
        assertThat(notifier.enabled()).isFalse();
        notifier.ready("x");
        notifier.watchdog();
        notifier.stopping("x");
        assertThat(SystemdNotifier.from(Map.of("NOTIFY_SOCKET", " ")).enabled()).isFalse();
    }

    @Test
    void aSocketThatIsGoneIsNotTheKiosksProblem(@TempDir Path dir) {
        SystemdNotifier notifier = SystemdNotifier.from(Map.of("NOTIFY_SOCKET", dir.resolve("nobody").toString()));
        notifier.ready("x");
        notifier.watchdog();
        assertThat(notifier.enabled()).isTrue();
    }

    @Test
    void theWatchdogPingsOnlyWhileTheKioskIsHealthy() {
        List<String> sent = new ArrayList<>();
        SystemdNotifier notifier = new SystemdNotifier(m -> sent.add(new String(m, StandardCharsets.UTF_8)));
        AtomicBoolean healthy = new AtomicBoolean(true);
        WatchdogPinger pinger = new WatchdogPinger(notifier, healthy::get, null);
        pinger.tick();
        healthy.set(false);
        pinger.tick();
        pinger.tick();
        healthy.set(true);
        pinger.tick();
        assertThat(sent).containsExactly("WATCHDOG=1", "WATCHDOG=1");
        WatchdogPinger throwing = new WatchdogPinger(notifier, () -> {
            throw new IllegalStateException("broken check");
        }, null);
        throwing.tick();
        assertThat(sent).hasSize(2);
    }

    @Test
    void theWatchdogIntervalIsHalfOfWatchdogUsecForThisProcessOnly() {
        assertThat(WatchdogPinger.interval(Map.of("WATCHDOG_USEC", "30000000"), 7))
                .contains(Duration.ofSeconds(15));
        assertThat(WatchdogPinger.interval(Map.of("WATCHDOG_USEC", "30000000", "WATCHDOG_PID", "7"), 7))
                .contains(Duration.ofSeconds(15));
        assertThat(WatchdogPinger.interval(Map.of("WATCHDOG_USEC", "30000000", "WATCHDOG_PID", "8"), 7)).isEmpty();
        assertThat(WatchdogPinger.interval(Map.of(), 7)).isEmpty();
        assertThat(WatchdogPinger.interval(Map.of("WATCHDOG_USEC", "soon"), 7)).isEmpty();
        assertThat(WatchdogPinger.interval(Map.of("WATCHDOG_USEC", "0"), 7)).isEmpty();
    }

    @Test
    void withoutAWatchdogNothingIsScheduled() {
        WatchdogPinger pinger = WatchdogPinger.start(SystemdNotifier.from(Map.of()), () -> true);
        assertThat(pinger.running()).isFalse();
        pinger.close();
    }

    private static String text(byte[] datagram) {
        assertThat(datagram).isNotNull();
        return new String(datagram, StandardCharsets.UTF_8);
    }

    private static int family(byte[] address) {
        return ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
                ? (address[0] & 0xff) | (address[1] & 0xff) << 8
                : (address[1] & 0xff) | (address[0] & 0xff) << 8;
    }

    private static byte[] bytes(int family, int... rest) {
        byte[] out = new byte[2 + rest.length];
        if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
            out[0] = (byte) family;
            out[1] = (byte) (family >> 8);
        } else {
            out[0] = (byte) (family >> 8);
            out[1] = (byte) family;
        }
        for (int i = 0; i < rest.length; i++) {
            out[2 + i] = (byte) rest[i];
        }
        return out;
    }
}
