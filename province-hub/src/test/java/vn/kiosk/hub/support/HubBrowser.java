// Debian's headless Chromium through its chromedriver, with touch taps by CDP and screenshots by screen size.
package vn.kiosk.hub.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The few lines of the kiosk's browser support the hub's page test needs, written again here. */
public final class HubBrowser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private String size = "1366x768";

    private HubBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static HubBrowser launch() throws IOException {
        Path profile = Files.createTempDirectory("hub-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=vi", "--user-data-dir=" + profile);
        o.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriver d = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), o);
        d.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 1));
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new HubBrowser(d, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Exactly this page area, whatever the window. */
    public HubBrowser size(int width, int height) {
        size = width + "x" + height;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    public void open(String url) {
        driver.get(url);
        // The first page of a fresh browser takes a while longer on a loaded machine.
        waitFor("body[data-ready='true']", Duration.ofSeconds(30));
    }

    /** Opens the hub and signs in with the first-boot password, choosing the new one the page asks for first. */
    public void signInFirstTime(String base, String user, String firstPassword, String newPassword) {
        open(base + "/");
        type("#user", user);
        type("#pass", firstPassword);
        tap("form.signin button[type=submit]");
        waitFor("form.password");
        type("#old", firstPassword);
        type("#new", newPassword);
        tap("form.password button[type=submit]");
    }

    public WebElement waitFor(String css) {
        return waitFor(css, Duration.ofSeconds(10));
    }

    public WebElement waitFor(String css, Duration timeout) {
        try {
            return new WebDriverWait(driver, timeout, Duration.ofMillis(50))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                            .findFirst().orElse(null));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + css + " on " + driver.getCurrentUrl() + ", which shows:\n"
                    + driver.findElement(By.tagName("body")).getAttribute("outerHTML").replaceAll("<svg.*?</svg>", "")
                    + "\nbrowser log:\n" + String.join("\n", driver.manage().logs().get("browser").getAll().stream()
                    .map(Object::toString).toList()), e);
        }
    }

    public void waitGone(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(css)).stream().noneMatch(WebElement::isDisplayed));
    }

    /** A finger's tap at the element's centre, through CDP touch events, after scrolling it into view. */
    public void tap(String css) {
        WebElement e = waitFor(css);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", e);
        @SuppressWarnings("unchecked")
        Map<String, Number> c = (Map<String, Number>) driver.executeScript("const r = arguments[0]"
                + ".getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2};", e);
        Map<String, Object> point = Map.of("x", c.get("x").doubleValue(), "y", c.get("y").doubleValue());
        driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", List.of(point)));
        driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    }

    public void type(String css, String text) {
        WebElement e = waitFor(css);
        e.clear();
        e.sendKeys(text);
    }

    public String text(String css) {
        return waitFor(css).getText();
    }

    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @SuppressWarnings("unchecked")
    public <T> T js(String script, Object... args) {
        return (T) driver.executeScript(script, args);
    }

    /** An accessibility problem axe-core found. */
    public record Violation(String id, String impact, String help, List<String> targets) {
    }

    /** axe-core's WCAG 2 A and AA rules on the page as it is now. */
    @SuppressWarnings("unchecked")
    public List<Violation> accessibility() throws IOException {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
            try (var in = HubBrowser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is missing from the test classpath");
                }
                js(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
                        + " 'wcag21aa', 'wcag22aa']}}).then(r => done({violations: r.violations.map(v => ({"
                        + "id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => String(n.target))"
                        + "}))})).catch(e => done({error: String(e)}));");
        if (result.get("error") != null) {
            throw new IllegalStateException("axe-core failed: " + result.get("error"));
        }
        return ((List<Map<String, Object>>) result.get("violations")).stream().map(v -> new Violation(
                (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                (List<String>) v.get("targets"))).toList();
    }

    /** The serious and critical ones only. */
    public List<Violation> seriousAccessibilityProblems() throws IOException {
        return accessibility().stream().filter(v -> "serious".equals(v.impact()) || "critical".equals(v.impact()))
                .toList();
    }

    public Path shot(String name) throws IOException {
        Path out = SHOTS.resolve(size).resolve(name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, driver.getScreenshotAs(OutputType.BYTES));
        return out;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
