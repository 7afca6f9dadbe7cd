// Type big enough for elderly eyes on the 7-inch 800x480 screen, growing with the screen, and what must be seen
// whole without scrolling: measured as Chromium lays the citizen's screens out, from computed styles and boxes.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith({KioskServerExtension.class, Browser.class})
class ElderlyEyesTest {

    /** Every piece of text a citizen can see whose type is smaller than the given size, with where it is. */
    private static List<String> smallerThan(Browser b, double px) {
        return b.js("const small = [];"
                + "const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + "for (let n = walk.nextNode(); n; n = walk.nextNode()) {"
                + "  const e = n.parentElement; const text = n.textContent.trim();"
                + "  if (!text || !e.checkVisibility() || e.closest('.sr')) continue;"
                + "  const r = e.getBoundingClientRect(); if (r.width === 0 || r.height === 0) continue;"
                + "  const size = parseFloat(getComputedStyle(e).fontSize);"
                + "  if (size < arguments[0]) small.push(size.toFixed(1) + ' px ' + e.tagName.toLowerCase() + '.'"
                + "    + e.className + ' «' + text.slice(0, 40) + '»'); }"
                + "return small;", px);
    }

    /** The computed type size of the first element the selector finds. */
    private static double typeSize(Browser b, String css) {
        b.waitFor(css);
        return ((Number) b.js("return parseFloat(getComputedStyle(document.querySelector(arguments[0])).fontSize)",
                css)).doubleValue();
    }

    /** Checks one screen: nothing under 0.9 of the body size, and the named body texts at the body size at least. */
    private static void readable(Browser b, String screen, double body, String... bodyTexts) {
        // The screenshot is looked at: it waits for the QR images, which load after the screen is drawn.
        b.until(d -> Boolean.TRUE.equals(b.js("return [...document.images].every(i => i.complete && i.naturalWidth > 0)"))
                ? true : null, java.time.Duration.ofSeconds(10));
        b.shot("eyes-" + screen);
        assertThat(smallerThan(b, body * 0.9 - 0.01)).as(screen + " at " + b.size() + ": text under "
                + body * 0.9 + " px").isEmpty();
        for (String css : bodyTexts) {
            assertThat(typeSize(b, css)).as(screen + " at " + b.size() + ": " + css).isGreaterThanOrEqualTo(body - 0.01);
        }
    }

    /** Whether the element lies wholly on the screen, inside the scrolling screen area and above what covers it. */
    private static Map<String, Object> box(Browser b, String css, String below) {
        return b.js("const e = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "const area = document.getElementById('screen').getBoundingClientRect();"
                + "const cover = arguments[1] ? document.querySelector(arguments[1]).getBoundingClientRect().top"
                + " : area.bottom;"
                + "return {whole: e.top >= area.top - 0.5 && e.bottom <= Math.min(area.bottom, cover) + 0.5"
                + " && e.left >= 0 && e.right <= innerWidth && e.height > 0,"
                + " top: e.top, bottom: e.bottom, limit: Math.min(area.bottom, cover)};", css, below);
    }

    @ParameterizedTest
    @CsvSource({"800x480, 20", "1280x800, 24"})
    void everyCitizenScreenReadsLargeEnough(String size, double body, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        assertThat(typeSize(b, "html")).as("the body size at " + size).isGreaterThanOrEqualTo(body);
        readable(b, "home", body, ".home .tile .sub");
        b.tap(".home-take");
        readable(b, "services", body, ".take .hint", ".services .tile .sub");
        b.tap("[data-service=civil]");
        readable(b, "confirm", body, "button.toggle .sub", ".confirm .hint");
        b.tap("button.take");
        b.waitFor(".ticket .number");
        readable(b, "ticket", body, ".ticket .keep", ".ticket .right .caption");

        b.tap(".bar button.gohome").tap(".home-find");
        KioskPageTest.typeOnScreen(b, "khai sinh");
        b.waitFor(".findbody button.result");
        readable(b, "find", body, ".findbody button.result .title");
        // At least three whole results above the keyboard, as typed.
        long seen = b.js("const kb = document.querySelector('.keyboard').getBoundingClientRect().top;"
                + "const area = document.getElementById('screen').getBoundingClientRect();"
                + "return [...document.querySelectorAll('.findbody button.result')].map(e => e.getBoundingClientRect())"
                + ".filter(r => r.top >= area.top - 0.5 && r.bottom <= kb + 0.5 && r.height > 0).length;");
        assertThat(seen).as("whole results above the keyboard at " + size).isGreaterThanOrEqualTo(3);

        b.tap(".keyboard .key.done").tap(".bar button.gohome");
        KioskPageTest.openCardBySearch(b, "nhan cha me con", "TH12-18");
        b.waitFor(".card figure.portal img");
        b.until(d -> (Long) b.js("return document.querySelector('figure.portal img').naturalWidth") > 0 ? true : null,
                java.time.Duration.ofSeconds(5));
        readable(b, "card", body, ".card .docs li", ".card .official", "figure.portal figcaption span",
                "figure.portal figcaption strong");
        assertThat((Long) b.js("return document.getElementById('screen').scrollTop")).isZero();
        Map<String, Object> qr = box(b, "figure.portal", ".card .actions");
        assertThat(qr.get("whole")).as("the portal QR and its caption on the card at " + size + ": " + qr)
                .isEqualTo(true);

        b.tap(".card .actions .action.primary");
        readable(b, "ready", body, ".ready .hint", ".ready-needs li");
        b.tap(".bar button.gohome").tap(".home-mine");
        readable(b, "mine", body, ".mine .scanhint p:not(.big)");
    }
}
