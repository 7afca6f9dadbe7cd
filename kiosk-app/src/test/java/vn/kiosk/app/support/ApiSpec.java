// The served OpenAPI document as a real validator reads it: every answer an API test receives is checked against it.
package vn.kiosk.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

public final class ApiSpec {

    private static final String RESOURCE = "/openapi/openapi.yaml";
    private static volatile OpenApiInteractionValidator validator;

    private ApiSpec() {
    }

    /** The document as the kiosk ships and serves it. */
    public static String text() {
        try (InputStream in = ApiSpec.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** swagger-parser's reading of a document, with every message it has about it. */
    public static SwaggerParseResult parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readContents(yaml, null, options);
    }

    private static OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator v = validator;
        if (v == null) {
            synchronized (ApiSpec.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(text())
                            .withLevelResolver(LevelResolver.create()
                                    // Tests send wrong requests on purpose: only the answers are held to the spec.
                                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                }
                v = validator;
            }
        }
        return v;
    }

    /** The validator's complaints about one answer; empty when it conforms or is not an API route. */
    public static List<String> problems(String method, URI uri, int status, String contentType, String body) {
        String path = uri.getRawPath();
        if (!path.startsWith("/api/v1/") || path.equals("/api/v1/events")) {
            return List.of();
        }
        SimpleResponse.Builder r = SimpleResponse.Builder.status(status);
        if (contentType != null && !contentType.isEmpty()) {
            r.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            r.withBody(body);
        }
        ValidationReport report = validator().validateResponse(path,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), r.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }

    /** Fails the test when an answer does not conform to the spec. */
    public static void check(HttpResponse<String> r) {
        List<String> p = problems(r.request().method(), r.request().uri(), r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(null), r.body());
        if (!p.isEmpty()) {
            throw new AssertionError(r.request().method() + " " + r.request().uri().getRawPath() + " answered "
                    + r.statusCode() + " outside the OpenAPI spec: " + p + "\n" + abbreviated(r.body()));
        }
    }

    private static String abbreviated(String body) {
        return body == null || body.length() < 600 ? String.valueOf(body) : body.substring(0, 600) + "…";
    }
}
