// Elderly hands double- and triple-tap: in a real Chromium with touch input, no tap may act on the screen the
// previous one brought up, on every control of every screen of the kiosk, the follow page and the rating tablet.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith({KioskServerExtension.class, Browser.class})
class DoubleTapTest {

    /** The gap between a double tap's taps the issue measured; elderly taps come 100 to 500 ms apart. */
    private static final long GAP_MS = 150;

    /**
     * Watches the page for the test, never changing what it does: which screens were drawn, how many requests are
     * still out (so a case ends when the page is quiet, not after a sleep), when the finger last lifted, and the
     * controls a finger can reach, each named by what it is rather than by where it is.
     */
    private static final String WATCH = """
            if (!window.__watch) {
              const w = window.__watch = { shown: [], inflight: 0, lastUp: 0 };
              const f = window.fetch.bind(window);
              window.fetch = (...a) => { w.inflight++; return f(...a).finally(() => { w.inflight--; }); };
              const json = Response.prototype.json;
              Response.prototype.json = function () {
                w.inflight++; return json.call(this).finally(() => { w.inflight--; }); };
              window.addEventListener('pointerup', () => { w.lastUp = performance.now(); }, true);
              const main = document.getElementById('screen');
              if (main) new MutationObserver(() => w.shown.push(main.dataset.screen || 'page'))
                .observe(main, { childList: true });
              w.name = e => [e.className, e.dataset.service || e.dataset.field || e.dataset.procedure
                || e.dataset.answer || e.dataset.level || e.dataset.reason || e.lang || '', e.textContent.trim()].join('|');
              // The screen's own controls first, then the bar's: its Back, Home and languages leave the screen.
              const all = css => [...document.querySelectorAll(css)];
              w.controls = () => [...all('#screen button, #screen [role=searchbox]'), ...all('#bar .sound'),
                  ...all('#bar button')]
                .filter((e, i, list) => list.indexOf(e) === i && e.checkVisibility() && !e.disabled);
              w.find = n => w.controls().find(e => w.name(e) === n) || null;
              const quiet = () => w.inflight === 0 && performance.now() - w.lastUp > 60;
              const when = (ready, then, done) => {
                const start = performance.now();
                const look = () => ready() ? done(then())
                  : performance.now() - start > 10000 ? done('busy') : setTimeout(look, 15);
                look();
              };
              // Once the page is quiet and settled: the centre of the control if a finger can touch it there,
              // 'gone' when the screen or its language changed, 'covered' when something lies over the control.
              w.aim = (drawn, name, done) => when(() => quiet() && !document.documentElement.dataset.settling, () => {
                const screen = document.querySelector(drawn);
                if (!screen || !screen.checkVisibility() || !document.querySelector('#bar .nav.lang[lang=en]')) {
                  return 'gone';
                }
                const e = w.find(name);
                if (!e) return 'gone';
                e.scrollIntoView({ block: 'nearest' });
                const r = e.getBoundingClientRect();
                const x = r.left + r.width / 2, y = r.top + r.height / 2;
                const hit = document.elementFromPoint(x, y);
                if (!hit || !e.contains(hit)) return 'covered';
                w.shown = [];
                return { x, y };
              }, done);
              // Once the taps are handled and every request they made is answered: the screens drawn since.
              w.after = done => when(quiet, () => w.shown, done);
            }
            """;

    /** A step of the way to a screen: where it starts (a selector that holds there) and what the citizen does. */
    private record Step(String at, Consumer<Browser> act) {
    }

    /**
     * A screen of the kiosk page: the way to it from the start, a selector that holds once it is drawn, and whether
     * its controls are double-tapped as well as triple-tapped (the two screens the issue found skipped).
     */
    private record Screen(String name, List<Step> way, String drawn, boolean doubles) {
        Screen(String name, List<Step> way, String drawn) {
            this(name, way, drawn, false);
        }
    }

    private static final String HOME = "#screen[data-screen=home] .home";
    private static final String FIND = "#screen[data-screen=find] .searchrow";

    private static List<Screen> screens(TestServer s, TestServer.Staff staff) {
        Step services = new Step(HOME, b -> b.tap(".home-take"));
        Step confirm = new Step("#screen[data-screen=services]", b -> b.tap("[data-service=civil]"));
        Step find = new Step(HOME, b -> b.tap(".home-find"));
        Step typing = new Step(FIND, b -> {
            if (!b.present(".keyboard .key.done")) {
                b.tap("#screen .searchbox");
            }
        });
        Step browse = new Step(FIND, b -> {
            // The fields show for an empty search only; the keys tapped before may have left letters in it (on the
            // short screen the bar steps aside while typing, so the last control tapped there is the keyboard's).
            b.tap("#screen .searchrow .clear");
            if (b.present(".keyboard .key.done")) {
                b.tap(".keyboard .key.done");
            }
        });
        Step card = new Step(FIND, b -> {
            b.tap("#screen .searchrow .clear");
            if (!b.present(".keyboard .key.done")) {
                b.tap("#screen .searchbox");
            }
            KioskPageTest.typeOnScreen(b, "nhan cha me con");
            b.tap("[data-procedure='TH12-18']");
        });
        Step mine = new Step(HOME, b -> b.tap(".home-mine"));
        return List.of(
                new Screen("home", List.of(), HOME),
                new Screen("services", List.of(services), "[data-service=civil]", true),
                new Screen("confirm", List.of(services, confirm), "button.take", true),
                new Screen("ticket", List.of(services, confirm, new Step("#screen[data-screen=confirm]",
                        b -> b.tap("button.take"))), ".ticket .number"),
                new Screen("find", List.of(find, typing), FIND + " ~ .keyboard .key"),
                new Screen("find without keyboard", List.of(find, browse), FIND + " ~ .findbody [data-field]"),
                new Screen("field", List.of(find, browse,
                        // The field with the fewest procedures: its list is the shortest whole list to tap through.
                        new Step(FIND, b -> b.tap("[data-field='" + b.js("return [...document.querySelectorAll("
                                + "'[data-field]')].sort((x, y) => parseInt(x.querySelector('.sub').textContent)"
                                + " - parseInt(y.querySelector('.sub').textContent))[0].dataset.field") + "']"))),
                        "#screen[data-screen=find] h1:not(.sr) ~ .findbody button.result"),
                new Screen("card", List.of(find, card), ".card .actions"),
                new Screen("ready", List.of(find, card,
                        new Step(".card .actions", b -> b.tap(".card .actions .action.primary"))),
                        ".ready-answers button"),
                new Screen("mine", List.of(mine), ".mine .scanhint"),
                new Screen("mine with a ticket", List.of(mine, new Step(".mine .scanhint",
                        b -> s.post("/api/v1/sim/scan", s.issue("business", false).get("followUrl").asText()))),
                        ".mine .number"),
                new Screen("mine with a served ticket", List.of(mine, new Step(".mine .scanhint",
                        b -> s.post("/api/v1/sim/scan", served(s, staff, "certify", 5).get("followUrl").asText()))),
                        ".mine .rating .level"));
    }

    /** Issues a ticket and serves it at the counter, so that it may be rated. */
    private static JsonNode served(TestServer s, TestServer.Staff staff, String service, int counter) {
        JsonNode t = s.issue(service, false);
        assertThat(staff.post("/api/v1/counters/" + counter + "/call", "{\"ticketId\":\"" + t.get("id").asText()
                + "\"}").status()).isEqualTo(200);
        assertThat(staff.post("/api/v1/counters/" + counter + "/complete", "{\"outcome\":\"GUIDED_ONLINE\"}")
                .status()).isEqualTo(200);
        return t;
    }

    /** One screen size: its own server and its own browser, so that both sizes run side by side. */
    private static final class Hand {
        private final TestServer s;
        private final Browser b;
        private final TestServer.Staff staff;
        private final String size;
        private final List<String> tried = new ArrayList<>();
        /** Tickets issued so far, as last counted (-1: count again, the way to a screen may have issued some). */
        private int known = -1;

        Hand(TestServer s, Browser b, String size) {
            this.s = s;
            this.b = b;
            this.size = size;
            this.staff = s.signIn();
            b.size(Browser.Size.parse(size));
        }

        private int issued() {
            return staff.get("/api/v1/tickets").json().get("tickets").size();
        }

        /** Waits until the page is quiet: the finger lifted, its tap handled, every request answered. */
        private void quiet() {
            b.until(d -> Boolean.TRUE.equals(b.js("const w = window.__watch;"
                    + "return w.inflight === 0 && performance.now() - w.lastUp > 60")) ? true : null,
                    Duration.ofSeconds(15));
        }

        /** Comes to the screen: from where the page is if that lies on the way, else from a fresh start. */
        private void reach(Screen screen) {
            int from = -1;
            if (Boolean.TRUE.equals(b.js("return !!document.querySelector('#bar .nav.lang[lang=en]')"))) {
                for (int i = screen.way().size() - 1; i >= 0 && from < 0; i--) {
                    if (Boolean.TRUE.equals(b.js("return !!document.querySelector(arguments[0])",
                            screen.way().get(i).at()))) {
                        from = i;
                    }
                }
                if (screen.way().isEmpty() && b.present(HOME)) {
                    from = 0;
                }
            }
            if (from < 0) {
                b.openKiosk(s);
                b.js(WATCH);
                from = 0;
            }
            for (Step step : screen.way().subList(from, screen.way().size())) {
                step.act().accept(b);
            }
            b.waitFor(screen.drawn());
            known = -1;
        }

        /** Where a finger touches the control, once the page has settled; else why it cannot. */
        private Object aim(Screen screen, String control) {
            return b.asyncJs("window.__watch.aim(arguments[0], arguments[1], arguments[2])",
                    screen.drawn(), control);
        }

        /**
         * Every control of every screen, tapped three times. A double tap is the first two taps of a triple (the
         * page cannot know a third is coming), and what is checked here only grows with each tap (the screens
         * drawn, the tickets issued), so a double tap that skipped a screen or issued a ticket would fail its
         * triple too. The screens the issue found skipped, the fields and the confirm screen, are double-tapped
         * as well, as the issue measured it.
         */
        void kiosk() {
            for (Screen screen : screens(s, staff)) {
                reach(screen);
                List<String> controls = b.js("return window.__watch.controls().map(window.__watch.name)");
                assertThat(controls).as(screen.name() + " offers controls").isNotEmpty();
                int before = tried.size();
                for (String control : controls) {
                    for (int taps = 3; taps >= (screen.doubles() ? 2 : 3); taps--) {
                        Object at = aim(screen, control);
                        if (!(at instanceof Map)) {
                            reach(screen);
                            at = aim(screen, control);
                        }
                        if (!(at instanceof Map)) {
                            // Not in this state of the screen (under the keyboard, or gone once typed): another has it.
                            assertThat(at).as(screen.name() + " › " + control).isNotEqualTo("busy");
                            break;
                        }
                        @SuppressWarnings("unchecked")
                        Map<String, Object> point = (Map<String, Object>) at;
                        if (!tapped(screen, control, point, taps) && taps == 3) {
                            break;
                        }
                    }
                }
                assertThat(tried.size()).as(screen.name() + " at " + size + ": controls tried").isGreaterThan(before);
            }
            assertThat(tried).anyMatch(w -> w.startsWith("confirm › primary take"))
                    .anyMatch(w -> w.startsWith("services › tile service"))
                    .anyMatch(w -> w.startsWith("find without keyboard › tile field"))
                    .anyMatch(w -> w.startsWith("field › result"))
                    .anyMatch(w -> w.startsWith("home › tile home-take"));
        }

        /** Taps the control, checks what came of it, and says whether it brought up another screen. */
        private boolean tapped(Screen screen, String control, Map<String, Object> point, int taps) {
            String what = screen.name() + " › " + control.replace('\n', ' ') + " × " + taps + " at " + size;
            boolean takes = screen.name().equals("confirm") && control.startsWith("primary take");
            int before = known >= 0 ? known : issued();
            b.fingerTaps(point, taps, GAP_MS);
            List<String> shown = b.asyncJs("window.__watch.after(arguments[0])");
            assertThat(shown).as(what + ": screens shown").hasSizeLessThanOrEqualTo(1);
            known = issued();
            if (takes) {
                assertThat(known - before).as(what + ": tickets issued").isEqualTo(1);
                assertThat(shown).as(what).containsExactly("ticket");
            } else {
                assertThat(known - before).as(what + ": a ticket without its confirm screen").isZero();
            }
            tried.add(what);
            if (shown.isEmpty()) {
                return false;
            }
            // The kiosk's own history brings the screen again where it can, as a citizen's Back would.
            b.asyncJs("const done = arguments[0];"
                    + "addEventListener('popstate', () => setTimeout(done, 0), { once: true }); history.back();");
            return true;
        }

        /**
         * The phone's follow page and the counter's tablet: a rating level tapped twice or thrice is one rating,
         * and a language tapped twice is one change of language.
         */
        void rating() {
            for (int taps = 2; taps <= 3; taps++) {
                for (String level : List.of("RAT_HAI_LONG", "HAI_LONG")) {
                    JsonNode t = served(s, staff, "land", 3);
                    String token = t.get("followToken").asText();
                    b.open(s.uri("/t/" + token).toString());
                    b.js(WATCH);
                    rate(level, taps, "follow page");
                    assertThat(s.get("/api/v1/feedback/" + token).json().get("rating").asText()).isEqualTo(level);

                    b.open(s.uri("/rate?counter=4").toString());
                    b.waitFor("body[data-ready='true'] .idle");
                    b.js(WATCH);
                    String tablet = served(s, staff, "residence", 4).get("followToken").asText();
                    rate(level, taps, "rating tablet");
                    assertThat(s.get("/api/v1/feedback/" + tablet).json().get("rating").asText()).isEqualTo(level);
                }
                // "Không hài lòng" asks for reasons on the same panel; each reason and the send button after it.
                JsonNode t = served(s, staff, "land", 3);
                String token = t.get("followToken").asText();
                b.open(s.uri("/t/" + token).toString());
                b.js(WATCH);
                tapsOn(".rating .level.KHONG_HAI_LONG", taps);
                b.waitFor(".rating .chip");
                assertThat(b.present(".rating .done")).as("reasons come before thanks").isFalse();
                tapsOn(".rating .chip", taps);
                assertThat((String) b.js("return document.querySelector('.rating .chip').getAttribute('aria-pressed')"))
                        .as("a reason tapped " + taps + " times is a switch tapped " + taps + " times")
                        .isEqualTo(String.valueOf(taps % 2 == 1));
                tapsOn(".rating .send", taps);
                b.waitFor(".rating .done");
                assertThat(b.present(".rating .problem")).as("no second sending").isFalse();
                assertThat(s.get("/api/v1/feedback/" + token).json().get("rating").asText()).isEqualTo("KHONG_HAI_LONG");
                tried.add("follow page › send × " + taps + " at " + size);

                // The language: one change per double or triple tap.
                b.open(s.uri("/t/" + token).toString());
                b.js(WATCH);
                b.waitFor("#number");
                tapsOn("#langs button[lang=en]", taps);
                b.waitFor("#langs button[lang=vi]");
                b.settled();
                assertThat(b.present("#langs button[lang=vi]")).as("English after " + taps + " taps at " + size)
                        .isTrue();
                tried.add("follow page › language × " + taps + " at " + size);
            }
        }

        /** Taps on what the selector finds once the page has settled; a poll's redraw just before means again. */
        private void tapsOn(String css, int taps) {
            b.until(d -> {
                WebElement e = b.waitFor(css);
                b.settled();
                try {
                    b.fingerTaps(e, taps, GAP_MS);
                    return true;
                } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                    return null;
                }
            }, Duration.ofSeconds(15));
            quiet();
        }

        private void rate(String level, int taps, String page) {
            tapsOn(".rating .level." + level, taps);
            b.waitFor(".rating .done");
            assertThat(b.present(".rating .problem")).as(page + " › " + level + " × " + taps + ": one rating")
                    .isFalse();
            tried.add(page + " › " + level + " × " + taps + " at " + size);
        }
    }

    @Test
    void noTapFallsThroughToTheNextScreen(TestServer s, Browser b) throws Exception {
        // The taps' gaps and the screens' settling are waiting, not work: both sizes wait side by side.
        Browser big = Browser.launch();
        ExecutorService hands = Executors.newFixedThreadPool(2);
        try (TestServer other = KioskServerExtension.start(Map.of(), Clock.systemUTC())) {
            List<Future<List<String>>> done = List.of(
                    hands.submit(() -> run(new Hand(s, b, "800x480"))),
                    hands.submit(() -> run(new Hand(other, big, "1280x800"))));
            for (Future<List<String>> f : done) {
                assertThat(f.get()).isNotEmpty();
            }
        } finally {
            hands.shutdownNow();
            big.quit();
        }
    }

    private static List<String> run(Hand hand) {
        long start = System.nanoTime();
        hand.kiosk();
        hand.rating();
        System.out.printf("DoubleTapTest at %s: %d cases in %d s%n", hand.size, hand.tried.size(),
                (System.nanoTime() - start) / 1_000_000_000L);
        return hand.tried;
    }
}
