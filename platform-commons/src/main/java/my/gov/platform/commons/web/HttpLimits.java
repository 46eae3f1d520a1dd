package my.gov.platform.commons.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemKind;
import my.gov.platform.commons.problem.RoutingProblems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;

/**
 * The size limits on a request's URI, headers and announced body, answered as problems (414, 431,
 * 413). Netty's own limits ({@code quarkus.http.limits.max-initial-line-length} and
 * {@code max-header-size}) are set well above these, because Netty refuses before any route runs
 * and answers with an empty body; only requests past those outer limits still get that bare answer.
 */
@ApplicationScoped
public class HttpLimits {
    /** After {@link RequestIds}, before {@link RequestLineGuard}: a giant URI is refused before it is decoded. */
    static final int PRIORITY = 950;

    private final RoutingProblems problems;
    private final int maxUriLength;
    private final long maxHeaderBytes;
    private final long maxBodyBytes;

    HttpLimits(RoutingProblems problems,
               HttpLimitsConfig config,
               // Quarkus' own setting, read where it is used rather than mirrored in a mapping of ours.
               @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.problems = problems;
        this.maxUriLength = config.maxUriLength();
        this.maxHeaderBytes = config.maxHeaderSize().asLongValue();
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUriLength) {
            refuse(context, CommonProblem.URI_TOO_LONG, "The URI is longer than " + maxUriLength + " characters");
        } else if (headerBytes(request) > maxHeaderBytes) {
            refuse(context, CommonProblem.HEADERS_TOO_LARGE, "The headers are larger than " + maxHeaderBytes + " bytes");
        } else if (announcedBodyBytes(request) > maxBodyBytes) {
            refuse(context, CommonProblem.PAYLOAD_TOO_LARGE, "The body is larger than " + maxBodyBytes + " bytes");
        } else {
            context.next();
        }
    }

    /** Closes the connection too: the rest of an oversized request is not worth reading. */
    private void refuse(RoutingContext context, ProblemKind kind, String detail) {
        context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        problems.answer(context, kind, detail, List.of());
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private static long announcedBodyBytes(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
