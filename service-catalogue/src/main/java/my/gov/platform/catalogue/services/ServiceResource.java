package my.gov.platform.catalogue.services;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import my.gov.platform.catalogue.security.Grants;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.commons.security.assurance.RequiresAssurance;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Services", description = "The government service catalogue; E2E status is computed from the steps")
public class ServiceResource {
    private final ServiceRegistry registry;
    private final Grants grants;
    private final Caller caller;
    private final ServiceViews views;

    ServiceResource(ServiceRegistry registry, Grants grants, Caller caller, ServiceViews views) {
        this.registry = registry;
        this.grants = grants;
        this.caller = caller;
        this.views = views;
    }

    @POST
    @Authenticated
    @RequiresAssurance(2)
    @Operation(summary = "Register a service of the caller's agency",
            description = "Scope catalogue.write or role agency-admin; the owner agency is the token's agency claim, "
                    + "and the code starts with its code and a hyphen (JPJ-...).")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid record or unknown reference codes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither catalogue.write nor agency-admin, or no agency in the token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Code already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A code outside the caller's agency prefix, more than one target group, or a life event of another group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull ServiceRequest request, @Context UriInfo uri) {
        grants.requireCatalogueEditor();
        CatalogueService service = registry.register(caller.agency(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(service.id.toString()).build())
                .entity(ServiceView.of(service, null)).build();
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @RequiresAssurance(2)
    @Operation(summary = "Replace a service record of the caller's agency", description = "Another agency's service is a 404.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid record",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither catalogue.write nor agency-admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such service of the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A code outside the caller's agency prefix, more than one target group, or a life event of another group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ServiceView update(@PathParam("id") UUID id, @Valid @NotNull ServiceRequest request) {
        grants.requireCatalogueEditor();
        return ServiceView.of(registry.update(caller.agency(), id, request), null);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a service", description = "Public. Includes the computed E2E status and once-only breaches.")
    @APIResponse(responseCode = "200", description = "The service", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "404", description = "No such service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ServiceView get(@PathParam("id") UUID id) {
        return views.view(id);
    }

    @GET
    @Operation(summary = "List services", description = "Public. Exact filters; use /v1/search for text search.")
    @APIResponse(responseCode = "200", description = "A page of services")
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ServiceView> list(@BeanParam ServiceFilter filter, @Valid @BeanParam PageRequest page) {
        return Page.of(registry.list(filter, page.after(), page.limit), page.limit, s -> ServiceView.of(s, null),
                s -> PageRequest.cursorOf(s.id));
    }
}
