// Starts the real kiosk server on a random port for a test class; route-level tests use Helidon's @RoutingTest.
package vn.kiosk.app.support;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import vn.kiosk.app.KioskApp;

/**
 * One server per test class, on the shipped config/ folder with a fresh data folder. A class may
 * override settings with {@link Settings} ("key=value" lines) and fix the clock with {@link FixedClock}.
 */
public final class KioskServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    /** Extra configuration for the server of one test class, as key=value. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Settings {
        String[] value();
    }

    /**
     * Runs the server of one test class on its own copy of config/, for tests that change the set-up
     * through the technician's page (which writes centre.yaml and the catalog).
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface OwnConfig {
    }

    /** Runs the server of one test class at a fixed instant (ISO-8601). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface FixedClock {
        String value();
    }

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(KioskServerExtension.class);

    /** The repository's config/ folder, found from the module folder Maven runs tests in. */
    public static Path configDir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("config/centre.yaml"))) {
                return p.resolve("config");
            }
        }
        throw new IllegalStateException("config/centre.yaml not found above " + here);
    }

    public static TestServer start(Map<String, String> settings, Clock clock) throws IOException {
        return start(settings, clock, Files.createTempDirectory("kiosk-test-"));
    }

    /** A server on the given data folder: a second start on the same folder is a restart. */
    public static TestServer start(Map<String, String> settings, Clock clock, Path data) {
        return start(settings, clock, data, configDir());
    }

    /** A copy of the shipped config/ folder that a test may change. */
    public static Path copyOfConfig() throws IOException {
        Path from = configDir();
        Path to = Files.createTempDirectory("kiosk-config-");
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    /** A server on the given data and configuration folders. */
    public static TestServer start(Map<String, String> settings, Clock clock, Path data, Path config) {
        return start(settings, clock, data, config, TestServer.ADMIN_PASSWORD);
    }

    /**
     * A server whose admin gets the given first password; null makes a one-time password (see
     * {@code KioskApp.oneTimeAdminPassword()}) that must be changed at the first sign-in.
     */
    public static TestServer start(Map<String, String> settings, Clock clock, Path data, Path config,
                                   String adminPassword) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("server.port", "0");
        overrides.put("server.host", "127.0.0.1");
        // Fast hashes keep sign-in quick in tests; production uses PasswordHasher.ITERATIONS.
        overrides.put("kiosk.auth.pbkdf2-iterations", "1000");
        overrides.putAll(settings);
        KioskApp app = KioskApp.start(KioskApp.loadConfig(config, overrides),
                new KioskApp.Paths(config, data, adminPassword), clock);
        return new TestServer(app, data);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Class<?> test = context.getRequiredTestClass();
        Map<String, String> settings = new HashMap<>();
        Settings s = test.getAnnotation(Settings.class);
        if (s != null) {
            for (String kv : s.value()) {
                int eq = kv.indexOf('=');
                settings.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
            }
        }
        FixedClock fixed = test.getAnnotation(FixedClock.class);
        Clock clock = fixed == null ? Clock.systemUTC() : Clock.fixed(Instant.parse(fixed.value()), ZoneOffset.UTC);
        Path config = test.isAnnotationPresent(OwnConfig.class) ? copyOfConfig() : configDir();
        context.getStore(NS).put("server", start(settings, clock, Files.createTempDirectory("kiosk-test-"), config));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestServer server = context.getStore(NS).remove("server", TestServer.class);
        if (server != null) {
            server.app().close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == TestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getStore(NS).get("server", TestServer.class);
    }
}
