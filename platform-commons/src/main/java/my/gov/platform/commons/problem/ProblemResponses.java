package my.gov.platform.commons.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/** Turns problem kinds into {@code application/problem+json} responses. */
@ApplicationScoped
public class ProblemResponses {
    private final ProblemCatalog catalog;

    ProblemResponses(ProblemCatalog catalog) {
        this.catalog = catalog;
    }

    public Response of(ProblemKind kind, String detail, String instance) {
        return of(kind, detail, instance, List.of(), Map.of());
    }

    public Response of(ProblemKind kind, String detail, String instance, List<Violation> violations,
                       Map<String, Object> extensions) {
        return Response.status(kind.status())
                .type(Problem.MEDIA_TYPE)
                .entity(catalog.problem(kind, detail, instance, violations, extensions))
                .build();
    }

    public Response of(ProblemException problem, String instance) {
        Response.ResponseBuilder builder = Response.fromResponse(
                of(problem.kind(), problem.getMessage(), instance, problem.violations(), problem.extensions()));
        problem.headers().forEach(builder::header);
        return builder.build();
    }
}
