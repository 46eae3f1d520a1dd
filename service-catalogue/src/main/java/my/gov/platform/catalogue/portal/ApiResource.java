package my.gov.platform.catalogue.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
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
import my.gov.platform.catalogue.security.Grants;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.commons.security.assurance.RequiresAssurance;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.util.UUID;

@Path("/v1/apis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API portal", description = "OpenAPI documents of the suite and of agency APIs, their versions and changelog")
public class ApiResource {
    private final ApiPortal portal;
    private final Grants grants;
    private final Caller caller;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    ApiResource(ApiPortal portal, Grants grants, Caller caller, SecurityIdentity identity, ObjectMapper json) {
        this.portal = portal;
        this.grants = grants;
        this.caller = caller;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Operation(summary = "APIs in the portal", description = "Public. With each one's latest version.")
    @APIResponse(responseCode = "200", description = "One page of APIs")
    public Page<ApiSourceView> list(@Valid @BeanParam PageRequest page) {
        return Page.slice(portal.sources().stream().map(this::view).toList(), page);
    }

    @POST
    @Authenticated
    @RequiresAssurance(2)
    @Operation(summary = "Register an agency API by URL", description = "Scope catalogue.write or role agency-admin. The document is read at once.")
    @APIResponse(responseCode = "201", description = "Registered and read", content = @Content(schema = @Schema(implementation = ApiSourceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid name or URL",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither catalogue.write nor agency-admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Name taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "Registered, but the document could not be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull RegisterApiRequest request, @Context UriInfo uri) {
        grants.requireCatalogueEditor();
        portal.register(request.name(), request.url(), caller.agency());
        portal.refresh(request.name());
        return Response.created(uri.getAbsolutePathBuilder().path(request.name()).build()).entity(view(portal.source(request.name()))).build();
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "One API", description = "Public.")
    @APIResponse(responseCode = "200", description = "The API", content = @Content(schema = @Schema(implementation = ApiSourceView.class)))
    @APIResponse(responseCode = "404", description = "No such API",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiSourceView get(@PathParam("name") String name) {
        return view(portal.source(name));
    }

    @POST
    @Path("/{name}/refresh")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @RequiresAssurance(2)
    @Operation(summary = "Read the API's document now", description = "The owner agency (catalogue.write or agency-admin) for agency APIs; "
            + "platform-admin or catalogue.admin for any. Stores a new version only when the document changed.")
    @APIResponse(responseCode = "200", description = "The latest version", content = @Content(schema = @Schema(implementation = ApiVersionView.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed to refresh this API",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such API",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The document could not be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiVersionView refresh(@PathParam("name") String name) {
        ApiSource source = portal.source(name);
        boolean admin = identity.hasRole(Grants.PLATFORM_ADMIN)
                || identity.checkPermissionBlocking(new io.quarkus.security.StringPermission(Grants.CATALOGUE_ADMIN));
        if (!admin) {
            grants.requireCatalogueEditor();
            if (source.agency == null || !source.agency.equals(caller.agency())) {
                throw ProblemException.forbidden("Only the owner agency or a platform administrator may refresh " + name);
            }
        }
        return versionView(portal.refresh(name));
    }

    @GET
    @Path("/{name}/versions")
    @Operation(summary = "Versions and changelog", description = "Public. Newest first; each lists its changes from the one before.")
    @APIResponse(responseCode = "200", description = "One page of versions")
    @APIResponse(responseCode = "404", description = "No such API",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ApiVersionView> versions(@PathParam("name") String name, @Valid @BeanParam PageRequest page) {
        return Page.slice(portal.versions(name).stream().map(this::versionView).toList(), page);
    }

    @GET
    @Path("/{name}/versions/{id}/document")
    @Operation(summary = "A stored OpenAPI document", description = "Public. Exactly as read.")
    @APIResponse(responseCode = "200", description = "The OpenAPI document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response document(@PathParam("name") String name, @PathParam("id") UUID id) {
        return Response.ok(portal.version(name, id).document, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/event-contracts")
    @Operation(summary = "Event contracts of every topic", description = "Public. Read live from each suite service's /v1/event-schemas.")
    @APIResponse(responseCode = "200", description = "One page of entries, one per suite service")
    public Page<EventContract> eventContracts(@Valid @BeanParam PageRequest page) {
        return Page.slice(portal.eventContracts(), page);
    }

    private ApiSourceView view(ApiSource source) {
        return new ApiSourceView(source.name, source.url, source.agency, portal.latest(source.name).map(this::versionView).orElse(null));
    }

    private ApiVersionView versionView(ApiVersion version) {
        try {
            return ApiVersionView.of(version, ContractDiff.operations(json.readTree(version.document)).values().stream().mapToInt(java.util.Map::size).sum());
        } catch (IOException e) {
            throw new IllegalStateException("A stored OpenAPI document is not JSON", e);
        }
    }
}
