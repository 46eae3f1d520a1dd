package my.gov.platform.commons.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.RoutingProblems;
import my.gov.platform.commons.problem.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The body counterpart of {@link RequestLineGuard}: an urlencoded form or a JSON body whose text is
 * not UTF-8 (or, in a form, decodes to NUL) is refused with 400 naming the field, before the REST
 * layer decodes it and silently turns the broken bytes into U+FFFD. The body is read once here and
 * the REST layer reads that same buffer.
 */
@ApplicationScoped
public class RequestBodyGuard {
    /** After {@link HttpLimits} and {@link RequestLineGuard}: only requests that passed them are read. */
    static final int READ_PRIORITY = 800;
    static final int JUDGE_PRIORITY = 799;

    private final RoutingProblems problems;
    private final BodyHandler bodies;

    RequestBodyGuard(RoutingProblems problems, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.problems = problems;
        this.bodies = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
    }

    void register(@Observes Filters filters) {
        filters.register(this::read, READ_PRIORITY);
        filters.register(this::judge, JUDGE_PRIORITY);
    }

    private void read(RoutingContext context) {
        if (kind(context) == Kind.OTHER || announcesNoBody(context.request())) {
            context.next();
        } else {
            bodies.handle(context);
        }
    }

    private void judge(RoutingContext context) {
        Kind kind = kind(context);
        Buffer body = kind == Kind.OTHER ? null : context.body().buffer();
        Optional<Violation> refused = body == null ? Optional.empty() : switch (kind) {
            case FORM -> EncodedParameters.firstRefused(body.toString(StandardCharsets.ISO_8859_1), "form")
                    .or(() -> fieldless(context, body));
            case JSON -> JsonBodyText.refused(body.getBytes());
            case OTHER -> Optional.empty();
        };
        if (refused.isPresent()) {
            problems.answer(context, CommonProblem.MALFORMED_REQUEST, refused.get());
        } else {
            context.next();
        }
    }

    /**
     * Once a form is read here, the REST layer takes its fields from Vert.x's parse; a body that gives
     * none ("&") would send it to read the spent request again and hang, so it is refused instead.
     */
    private static Optional<Violation> fieldless(RoutingContext context, Buffer body) {
        return body.length() > 0 && context.request().formAttributes().isEmpty()
                ? Optional.of(new Violation("form", "holds no field")) : Optional.empty();
    }

    /** An empty body is left to the REST layer, which reads nothing; see {@link #fieldless}. */
    private static boolean announcesNoBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length == null ? !request.headers().contains(HttpHeaders.TRANSFER_ENCODING) : length.trim().equals("0");
    }

    private enum Kind { FORM, JSON, OTHER }

    private static Kind kind(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return Kind.OTHER;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (mediaType.equals("application/x-www-form-urlencoded")) {
            return Kind.FORM;
        }
        return mediaType.equals("application/json") || mediaType.endsWith("+json") ? Kind.JSON : Kind.OTHER;
    }
}
