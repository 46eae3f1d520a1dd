package my.gov.platform.commons.problem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Serves what each problem type URI means, so a {@code type} in an error body is a working link. */
@Path("/problems")
@Tag(name = "Problems", description = "What each error type means")
public class ProblemsResource {
    private final ProblemCatalog catalog;

    ProblemsResource(ProblemCatalog catalog) {
        this.catalog = catalog;
    }

    public record ProblemTypeDescription(String type, String slug, int status, String title, String explanation) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List every problem type this service can answer with")
    @APIResponse(responseCode = "200", description = "All problem types")
    public List<ProblemTypeDescription> list() {
        return catalog.all().values().stream().map(this::describe).toList();
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Explain one problem type")
    @APIResponse(responseCode = "200", description = "The explanation")
    @APIResponse(responseCode = "404", description = "No such problem type")
    public ProblemTypeDescription explain(@PathParam("slug") String slug) {
        return catalog.find(slug).map(this::describe)
                .orElseThrow(() -> ProblemException.notFound("problem type", slug));
    }

    private ProblemTypeDescription describe(ProblemKind kind) {
        return new ProblemTypeDescription(catalog.typeUri(kind), kind.slug(), kind.status(), kind.title(), kind.explanation());
    }
}
