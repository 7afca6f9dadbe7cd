// A real headless Chromium (Debian's, through its chromedriver) for browser tests, with screenshots and axe-core.
package vn.kiosk.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser per test class. Outside CI a machine without Chromium skips these tests; in CI (CI set) a missing
 * browser fails them, since .ci/run installs it.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("KIOSK_CHROMIUM", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(
            System.getenv().getOrDefault("KIOSK_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** Screenshots are kept as test artefacts here, by screen size. */
    public static final Path SHOTS = Path.of("target", "screenshots");

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Browser.class);

    /** A screen size to test at. */
    public record Size(int width, int height) {
        public static Size parse(String s) {
            String[] p = s.split("x");
            return new Size(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        }

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    /** An accessibility problem axe-core found. */
    public record Violation(String id, String impact, String help, List<String> targets) {
    }

    private ChromeDriver driver;
    private Path profile;
    private Size size = new Size(1280, 800);

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("Chromium or chromedriver is not installed here (apt-get install chromium chromium-driver)");
        }
        context.getStore(NS).put("browser", launch());
    }

    /** Starts a headless Chromium with a fresh profile; {@link #quit()} ends it. */
    public static Browser launch() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("this needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)");
        }
        Browser b = new Browser();
        b.profile = Files.createTempDirectory("kiosk-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--disable-dev-shm-usage", "--autoplay-policy=no-user-gesture-required", "--lang=vi",
                "--user-data-dir=" + b.profile, "--window-size=1280,800");
        // A Vietnamese browser, as on the kiosk and on most citizens' phones.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        b.driver = new ChromeDriver(service, options);
        b.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return b;
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Browser b = context.getStore(NS).remove("browser", Browser.class);
        if (b != null) {
            b.quit();
        }
    }

    public void quit() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getStore(NS).get("browser", Browser.class);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The page area the kiosk sees, exactly, whatever the window decorations. */
    public Browser size(Size s) {
        size = s;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", s.width(), "height", s.height(), "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    public Size size() {
        return size;
    }

    public Browser open(String url) {
        // Through a blank page, so that nothing of the previous test's page lingers.
        driver.get("about:blank");
        driver.get(url);
        return this;
    }

    /** Opens the kiosk page and waits until it has drawn its start screen. */
    public Browser openKiosk(TestServer s) {
        return openKiosk(s.uri("/").toString().replaceAll("/$", ""));
    }

    public Browser openKiosk(String base) {
        open(base + "/");
        waitFor("body[data-ready='true'] .home");
        return this;
    }

    public WebElement waitFor(String css) {
        return until(d -> {
            try {
                List<WebElement> found = d.findElements(By.cssSelector(css));
                return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        }, Duration.ofSeconds(10));
    }

    public void waitGone(String css) {
        until(d -> d.findElements(By.cssSelector(css)).stream().noneMatch(WebElement::isDisplayed) ? true : null,
                Duration.ofSeconds(10));
    }

    public void waitText(String css, String text) {
        until(d -> {
            try {
                return d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text))
                        ? true : null;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // Redrawn while read: look again.
                return null;
            }
        }, Duration.ofSeconds(15));
    }

    public <T> T until(Function<WebDriver, T> condition, Duration timeout) {
        try {
            // A live update may redraw what the condition reads: a stale element means "look again".
            return new WebDriverWait(driver, timeout, Duration.ofMillis(50))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited in vain; the page at " + driver.getCurrentUrl() + " shows:\n"
                    + driver.findElement(By.tagName("body")).getAttribute("outerHTML").replaceAll("<svg.*?</svg>", "")
                    + "\nbrowser log:\n" + String.join("\n", driver.manage().logs().get("browser").getAll().stream()
                    .map(Object::toString).toList()), e);
        }
    }

    /**
     * Waits until the screen shown last has settled: the page drops taps whose finger came down sooner (settle.js),
     * and a citizen reads a new screen before tapping it.
     */
    public Browser settled() {
        until(d -> Boolean.TRUE.equals(js("return !document.documentElement.dataset.settling")) ? true : null,
                Duration.ofSeconds(10));
        return this;
    }

    /** A tap, as a citizen's finger would: on the element, which must be visible and enabled. */
    public Browser tap(String css) {
        // A live update may redraw the element between finding and tapping it: find it again.
        until(d -> {
            try {
                WebElement e = waitFor(css);
                settled();
                e.click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        }, Duration.ofSeconds(10));
        return this;
    }

    /**
     * A finger's tap on the element's centre, through the DevTools protocol (Input.dispatchTouchEvent): the page
     * gets touchstart, touchend and the click a tap makes, as on the kiosk's touchscreen, not a mouse click.
     */
    public Browser touch(String css) {
        until(d -> {
            try {
                WebElement e = waitFor(css);
                if (!e.isEnabled()) {
                    return null;
                }
                settled();
                fingerTaps(e, 1, 0);
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        }, Duration.ofSeconds(10));
        return this;
    }

    /**
     * {@code count} finger taps on the element's centre, {@code gapMillis} apart, through Input.dispatchTouchEvent,
     * without waiting for the page in between: an elderly citizen's double or triple tap. Nothing waits for the
     * screen to settle first.
     */
    public Browser fingerTaps(WebElement e, int count, long gapMillis) {
        // A finger only reaches what is on the screen: scroll it there first, as a citizen would.
        Map<String, Object> at = js("arguments[0].scrollIntoView({block: 'nearest'});"
                + "const r = arguments[0].getBoundingClientRect();"
                + "return {x: r.left + r.width / 2, y: r.top + r.height / 2};", e);
        return fingerTaps(at, count, gapMillis);
    }

    /** The same taps at a point of the page ({@code x} and {@code y} in CSS pixels), which must be on the screen. */
    public Browser fingerTaps(Map<String, Object> at, int count, long gapMillis) {
        Map<String, Object> point = Map.of("x", at.get("x"), "y", at.get("y"), "id", 1);
        // Each touch carries the time the finger moved (CDP's timestamp), as a real screen's events do: on a busy
        // machine the round trips between dispatches take longer than the taps themselves, and the page must judge
        // a tap by when the finger came down, not by when its event reached the page.
        double start = System.currentTimeMillis() / 1000.0;
        for (int i = 0; i < count; i++) {
            double down = start + i * gapMillis / 1000.0;
            long wait = Math.round(down * 1000) - System.currentTimeMillis();
            if (wait > 0) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(x);
                }
            }
            driver.executeCdpCommand("Input.dispatchTouchEvent",
                    Map.of("type", "touchStart", "touchPoints", List.of(point), "timestamp", down));
            driver.executeCdpCommand("Input.dispatchTouchEvent",
                    Map.of("type", "touchEnd", "touchPoints", List.of(), "timestamp", down + 0.05));
        }
        return this;
    }

    public String text(String css) {
        return until(d -> {
            try {
                return waitFor(css).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        }, Duration.ofSeconds(10));
    }

    /** The texts of all matches as they are at one moment; a live redraw while reading means reading again. */
    public List<String> texts(String css) {
        return until(d -> {
            try {
                return d.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        }, Duration.ofSeconds(10));
    }

    public boolean present(String css) {
        // A wait ends on anything but null or false, so the answer travels as a word.
        return "yes".equals(until(d -> {
            try {
                return d.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed) ? "yes" : "no";
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        }, Duration.ofSeconds(10)));
    }

    @SuppressWarnings("unchecked")
    public <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs a script that answers by calling its last argument, for a page that must first finish something. */
    @SuppressWarnings("unchecked")
    public <T> T asyncJs(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** Saves what the screen shows now, as target/screenshots/{size}/{name}.png. */
    public Path shot(String name) {
        Path out = SHOTS.resolve(size.toString()).resolve(name + ".png");
        try {
            Files.createDirectories(out.getParent());
            Files.write(out, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now. */
    @SuppressWarnings("unchecked")
    public List<Violation> accessibility() {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
            js(axeScript());
        }
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
                        + " 'wcag21aa', 'wcag22aa']}}).then(r => done({violations: r.violations.map(v => ({"
                        + "id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => String(n.target))"
                        + "}))})).catch(e => done({error: String(e)}));");
        if (result.get("error") != null) {
            throw new IllegalStateException("axe-core failed: " + result.get("error"));
        }
        List<Violation> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
            out.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    (List<String>) v.get("targets")));
        }
        return out;
    }

    private static String axeScript() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
