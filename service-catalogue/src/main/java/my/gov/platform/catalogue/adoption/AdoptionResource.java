package my.gov.platform.catalogue.adoption;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.commons.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/services/{id}/adoption")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adoption", description = "Payments and SSO sign-ins per service, counted from platform events")
public class AdoptionResource {
    private final Adoptions adoptions;

    AdoptionResource(Adoptions adoptions) {
        this.adoptions = adoptions;
    }

    @GET
    @Operation(summary = "Live adoption of a service", description = "Public.")
    @APIResponse(responseCode = "200", description = "Counts", content = @Content(schema = @Schema(implementation = AdoptionView.class)))
    @APIResponse(responseCode = "404", description = "No such service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AdoptionView get(@PathParam("id") UUID id) {
        return adoptions.of(id);
    }
}
