package my.gov.platform.identity.authorize;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.identity.accounts.PersonCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A person's remembered consents, with their own access token; revoking one also ends that client's refresh tokens. */
@Path("/v1/consents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consents", description = "What a person allowed each client to receive")
@Authenticated
public class ConsentResource {
    private final PersonCaller caller;
    private final Consents consents;

    ConsentResource(PersonCaller caller, Consents consents) {
        this.caller = caller;
        this.consents = consents;
    }

    @GET
    @Operation(summary = "List my consents")
    @APIResponse(responseCode = "200", description = "One page of the consents")
    @APIResponse(responseCode = "403", description = "The token is not a person's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ConsentView> list(@Valid @BeanParam PageRequest page) {
        return Page.slice(consents.of(person()), page);
    }

    @DELETE
    @Path("/{clientId}")
    @Operation(summary = "Revoke my consent for a client", description = "The next sign-in to the client asks again; its refresh tokens end now. Publishes my.gov.consent.revoked.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "403", description = "The token is not a person's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No consent for that client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@PathParam("clientId") String clientId) {
        consents.revoke(person(), clientId);
        return Response.noContent().build();
    }

    private UUID person() {
        return caller.person("manage consents");
    }
}
