// Fetches a file the province named in a signed push from the hub's web address: bounded in time and in size.
package vn.kiosk.app.tech;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import vn.kiosk.link.BrokerTls;

/**
 * The size comes from the signed message, so the kiosk never reads more than it: a Content-Length other than it
 * is refused before the body is read, and a body that runs past it is cut off there. The whole download has a
 * deadline as well, since the HTTP client's own timeout ends once the headers arrive and a hub (or a box in
 * between) that drips the body would otherwise hold the download open for ever.
 */
public final class HubDownload {

    /** The file is not the one the signed message describes: refused, not retried. */
    public static final class WrongSize extends Exception {
        WrongSize(String message) {
            super(message);
        }
    }

    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("hub-download-deadline").daemon(true).factory());

    private final String base;
    private final HttpClient client;
    private final Duration deadline;

    private HubDownload(String base, HttpClient client, Duration deadline) {
        this.base = base;
        this.client = client;
        this.deadline = deadline;
    }

    /**
     * None when kiosk.uplink.hub-url is not set; an https hub is trusted through the province CA, as the broker is.
     *
     * @param hubUrl the uplink's hub-url, without a trailing slash
     * @param caFile the uplink's ca-file
     */
    public static Optional<HubDownload> of(Optional<String> hubUrl, Optional<Path> caFile) {
        return of(hubUrl, caFile, Duration.ofMinutes(5));
    }

    static Optional<HubDownload> of(Optional<String> hubUrl, Optional<Path> caFile, Duration deadline) {
        if (hubUrl.isEmpty()) {
            return Optional.empty();
        }
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(CONNECT)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (hubUrl.get().startsWith("https:") && caFile.isPresent()) {
            try {
                b.sslContext(BrokerTls.context(caFile.get()));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("the province CA " + caFile.get() + " cannot be read", e);
            }
        }
        return Optional.of(new HubDownload(hubUrl.get(), b.build(), deadline));
    }

    public String base() {
        return base;
    }

    /**
     * @param path  the hub's path, from the signed message
     * @param bytes its exact size, from the signed message
     * @throws WrongSize   the hub answered with more (or fewer) bytes than signed
     * @throws IOException the hub could not be reached or did not answer 200 in time: try again later
     */
    public byte[] fetch(String path, long bytes) throws IOException, WrongSize, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<InputStream> res = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = res.body()) {
            if (res.statusCode() != 200) {
                throw new IOException("the hub answered " + res.statusCode() + " for " + path);
            }
            long claimed = res.headers().firstValueAsLong("content-length").orElse(-1);
            if (claimed >= 0 && claimed != bytes) {
                throw new WrongSize("the hub offers " + claimed + " bytes, the signed message says " + bytes);
            }
            ScheduledFuture<?> cut = DEADLINES.schedule(() -> {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // closing is how the read is stopped
                }
            }, deadline.toMillis(), TimeUnit.MILLISECONDS);
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(bytes, 1 << 20));
                byte[] buf = new byte[64 * 1024];
                long total = 0;
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total > bytes) {
                        throw new WrongSize("the download ran past the signed " + bytes + " bytes and was cut off");
                    }
                    out.write(buf, 0, n);
                }
                if (total != bytes) {
                    // Cut short (the link dropped, the deadline closed it): the next try may get it whole.
                    throw new IOException("the download ended after " + total + " of " + bytes + " bytes");
                }
                return out.toByteArray();
            } finally {
                cut.cancel(false);
            }
        }
    }
}
