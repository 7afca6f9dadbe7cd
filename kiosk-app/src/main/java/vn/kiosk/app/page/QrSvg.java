// Draws a QR code as a small SVG path, so the screen shows it sharp at any size without a script library.
package vn.kiosk.app.page;

import com.google.zxing.common.BitMatrix;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.printing.QrImage;

public final class QrSvg {

    private QrSvg() {
    }

    /** Answers with the QR code of the data as an SVG image that browsers may keep for an hour. */
    public static void send(ServerResponse res, String data) {
        res.headers().set(HeaderNames.CONTENT_TYPE, "image/svg+xml");
        res.headers().set(HeaderNames.CACHE_CONTROL, "max-age=3600");
        res.send(of(data));
    }

    public static String of(String data) {
        BitMatrix m = QrImage.screenMatrix(data);
        int n = m.getWidth();
        StringBuilder path = new StringBuilder(n * n);
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!m.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && m.get(x, y)) {
                    x++;
                }
                // One horizontal run of dark modules per path segment keeps the file a few kilobytes.
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
                        .append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + n + "\" height=\"" + n
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
