package my.gov.platform.commons.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.RoutingProblems;
import my.gov.platform.commons.problem.Violation;

import java.util.Optional;

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
        Optional<Violation> refused = EncodedParameters.refused("path", queryStart < 0 ? uri : uri.substring(0, queryStart));
        if (refused.isEmpty() && queryStart >= 0) {
            refused = EncodedParameters.firstRefused(uri.substring(queryStart + 1), "query");
        }
        if (refused.isPresent()) {
            problems.answer(context, CommonProblem.MALFORMED_REQUEST, refused.get());
        } else {
            context.next();
        }
    }
}
