package my.gov.platform.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Answers with a problem from a Vert.x route filter, for requests refused before the REST layer
 * (and its exception mappers) sees them.
 */
@ApplicationScoped
public class RoutingProblems {
    private final ProblemCatalog catalog;
    private final ObjectMapper json;

    RoutingProblems(ProblemCatalog catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    public void answer(RoutingContext context, ProblemKind kind, String detail, List<Violation> violations) {
        Problem problem = catalog.problem(kind, detail, context.request().path(), violations, Map.of());
        try {
            context.response().setStatusCode(kind.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
