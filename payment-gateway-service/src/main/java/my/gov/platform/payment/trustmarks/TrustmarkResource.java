package my.gov.platform.payment.trustmarks;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import my.gov.platform.commons.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/trustmarks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trustmarks", description = "MTSA Public Sector Trustmark registry")
@SecurityRequirement(name = "bearer")
public class TrustmarkResource {
    private final TrustmarkRegistry registry;

    TrustmarkResource(TrustmarkRegistry registry) {
        this.registry = registry;
    }

    @POST
    @PermissionsAllowed("trustmarks.certify")
    @Operation(summary = "Issue a trustmark", description = "Certifies an agency payment application for the host names it is served from.")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(schema = @Schema(implementation = TrustmarkView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token lacks trustmarks.certify",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Certificate number already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@Valid @NotNull IssueTrustmarkRequest request, @Context UriInfo uri) {
        Trustmark trustmark = registry.issue(request);
        return Response.created(uri.getAbsolutePathBuilder().path(trustmark.id.toString()).build())
                .entity(TrustmarkView.of(trustmark)).build();
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed("trustmarks.certify")
    @Operation(summary = "Get a trustmark")
    @APIResponse(responseCode = "200", description = "The trustmark",
            content = @Content(schema = @Schema(implementation = TrustmarkView.class)))
    @APIResponse(responseCode = "404", description = "No such trustmark",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TrustmarkView get(@PathParam("id") UUID id) {
        return TrustmarkView.of(registry.get(id));
    }
}
