package my.gov.platform.exchange.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.commons.security.assurance.RequiresAssurance;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consents", description = "Citizen consent for agencies to receive their personal data (the once-only path)")
@RolesAllowed("citizen")
public class ConsentResource {
    private final ConsentService consents;
    private final Caller caller;

    ConsentResource(ConsentService consents, Caller caller) {
        this.consents = consents;
        this.caller = caller;
    }

    @POST
    @RequiresAssurance(2)
    @Operation(summary = "Grant a consent", description = "Signed-in citizen (role citizen) only, for the MyKad number in their token "
            + "(claim mykad_number), signed in with a second factor (urn:mygov:loa:2): releasing personal data to an agency is not "
            + "done on a password alone.")
    @APIResponse(responseCode = "201", description = "Granted", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a citizen, no mykad_number claim in the token, or a body mykadNumber that is not the token's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response grant(@Valid @NotNull GrantConsentRequest request, @Context UriInfo uri) {
        Consent consent = consents.grant(caller.citizen(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(consent.id.toString()).build()).entity(ConsentView.of(consent)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one of the caller's consents")
    @APIResponse(responseCode = "200", description = "The consent", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "403", description = "Not a citizen, or no mykad_number claim in the token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's consents",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConsentView get(@PathParam("id") UUID id) {
        return ConsentView.of(consents.own(id, caller.citizen()));
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Revoke a consent", description = "Takes effect for the next request through the broker.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "403", description = "Not a citizen, or no mykad_number claim in the token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's consents",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConsentView revoke(@PathParam("id") UUID id) {
        return ConsentView.of(consents.revoke(id, caller.citizen()));
    }
}
