package my.gov.platform.identity.clients;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.security.assurance.RequiresAssurance;
import my.gov.platform.identity.security.AdminCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Client registry administration: scope {@code identity.admin} (held by platform admins too) for every
 * client, role {@code agency-admin} for the clients of the administrator's own agency.
 */
@Path("/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "Registry of OAuth 2.0 / OpenID Connect clients")
public class ClientResource {
    private final ClientRegistry registry;
    private final AdminCaller caller;

    ClientResource(ClientRegistry registry, AdminCaller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @RequiresAssurance(2)
    @Operation(summary = "Register a client",
            description = "For secret-based authentication the response carries the generated client secret; it is shown only this once and stored hashed.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither identity.admin nor an agency administrator (or another agency's client id)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Client id already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Inconsistent metadata (e.g. private_key_jwt without keys)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull RegisterClientRequest request, @Context UriInfo uri) {
        ClientView client = registry.registerWithNewSecret(request, administration());
        return Response.created(uri.getAbsolutePathBuilder().path(client.id().toString()).build())
                .header("Cache-Control", "no-store")
                .entity(client).build();
    }

    @GET
    @Authenticated
    @RequiresAssurance(2)
    @Operation(summary = "List clients")
    @APIResponse(responseCode = "200", description = "A page of clients")
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither identity.admin nor an agency administrator (or another agency's client id)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ClientView> list(@Valid @BeanParam PageRequest page) {
        return registry.list(page, administration());
    }

    @POST
    @Path("/{id}/deactivation")
    @Authenticated
    @RequiresAssurance(2)
    @Operation(summary = "Disable a client",
            description = "The client can no longer authenticate, and access tokens already issued to it stop being active at once.")
    @APIResponse(responseCode = "200", description = "Disabled",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither identity.admin nor an agency administrator (or another agency's client id)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already disabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientView disable(@PathParam("id") UUID id) {
        return registry.disable(id, administration());
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @RequiresAssurance(2)
    @Operation(summary = "Get a client")
    @APIResponse(responseCode = "200", description = "The client",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither identity.admin nor an agency administrator (or another agency's client id)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientView get(@PathParam("id") UUID id) {
        return registry.get(id, administration());
    }

    private ClientAdministration administration() {
        if (caller.hasPermission(AdminCaller.IDENTITY_ADMIN)) {
            return ClientAdministration.everything();
        }
        return caller.administeredAgency().map(ClientAdministration::ofAgency).orElseThrow(() -> ProblemException.forbidden(
                "Administering clients needs scope identity.admin, or the agency-admin role for one's own agency"));
    }
}
