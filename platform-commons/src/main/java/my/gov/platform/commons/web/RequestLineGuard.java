package my.gov.platform.commons.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.RoutingProblems;
import my.gov.platform.commons.problem.Violation;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses a request whose path or query decodes to a NUL or to bytes that are not UTF-8, before any
 * route sees it: every service then answers 400 instead of failing when PostgreSQL refuses the text.
 */
@ApplicationScoped
public class RequestLineGuard {
    /** After {@link RequestIds} (1000), so the refusal carries an X-Request-Id. */
    static final int PRIORITY = 900;

    private final RoutingProblems problems;

    RequestLineGuard(RoutingProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, PRIORITY);
    }

    private void guard(RoutingContext context) {
        String uri = context.request().uri();
        int queryStart = uri.indexOf('?');
        String path = queryStart < 0 ? uri : uri.substring(0, queryStart);
        if (refused(context, "path", path)) {
            return;
        }
        if (queryStart >= 0) {
            for (String parameter : uri.substring(queryStart + 1).split("&")) {
                String name = parameter.split("=", 2)[0];
                String field = RequestText.judge(name) == RequestText.Verdict.CLEAN ? URLDecoder.decode(name, StandardCharsets.UTF_8) : "query";
                if (refused(context, field, parameter)) {
                    return;
                }
            }
        }
        context.next();
    }

    private boolean refused(RoutingContext context, String field, String raw) {
        String message = switch (RequestText.judge(raw)) {
            case CLEAN -> null;
            case NUL -> "contains a NUL character";
            case NOT_UTF8 -> "is not percent-encoded UTF-8";
        };
        if (message != null) {
            problems.answer(context, CommonProblem.MALFORMED_REQUEST, field + " " + message, List.of(new Violation(field, message)));
        }
        return message != null;
    }
}
