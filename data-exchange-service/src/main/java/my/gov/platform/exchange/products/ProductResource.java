package my.gov.platform.exchange.products;

import io.quarkus.security.PermissionsAllowed;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.exchange.security.Scopes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

@Path("/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "Registries and repositories offered through MyGDX (metadata is public)")
public class ProductResource {
    private final ProductCatalog catalog;
    private final ProviderEndpoints endpoints;
    private final Caller caller;
    private final Scopes scopes;
    private final String issuer;

    ProductResource(ProductCatalog catalog, ProviderEndpoints endpoints, Caller caller, Scopes scopes,
                    @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        this.catalog = catalog;
        this.endpoints = endpoints;
        this.caller = caller;
        this.scopes = scopes;
        this.issuer = issuer;
    }

    @GET
    @Operation(summary = "List data products", description = "Public: no token needed to read product metadata.")
    @APIResponse(responseCode = "200", description = "One page of products")
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ProductView> list(@QueryParam("kind") ProductKind kind, @QueryParam("sector") Sector sector,
                                  @QueryParam("ownerAgency") String ownerAgency, @Valid @BeanParam PageRequest page) {
        return Page.of(catalog.list(kind, sector, ownerAgency, page.after(), page.limit), page.limit,
                this::view, p -> PageRequest.cursorOf(p.id));
    }

    @GET
    @Path("/{idOrCode}")
    @Operation(summary = "Get a data product", description = "By id or by code such as POPULATION. Public.")
    @APIResponse(responseCode = "200", description = "The product",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "404", description = "No such product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProductView get(@PathParam("idOrCode") String idOrCode) {
        return view(catalog.get(idOrCode));
    }

    @GET
    @Path("/{idOrCode}/openapi")
    @Operation(summary = "The product's provider interface as OpenAPI 3.1",
            description = "Each field carries x-klasifikasi (Terbuka, Terhad, Sulit, Rahsia, Rahsia Besar); the security scheme "
                    + "brokerToken says which token the provider must accept (aud urn:mygov:agency:<owner>, scope registry.read). Public.")
    @APIResponse(responseCode = "200", description = "OpenAPI document")
    @APIResponse(responseCode = "404", description = "No such product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, Object> openApi(@PathParam("idOrCode") String idOrCode) {
        DataProduct product = catalog.get(idOrCode);
        return ProductOpenApi.describe(product, endpoints.resolve(product.providerEndpoint), issuer);
    }

    @POST
    @PermissionsAllowed({Scopes.ADMIN, Scopes.PROVIDE})
    @Operation(summary = "Register a data product",
            description = "An agency with exchange.provide registers its own products; exchange.admin registers any.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "403", description = "Not the owner agency, or scope missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Code already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull ProductRequest request, @Context UriInfo uri) {
        requireOwnerOrAdmin(request.ownerAgency());
        DataProduct product = catalog.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(product.id.toString()).build()).entity(view(product)).build();
    }

    @PUT
    @Path("/{idOrCode}")
    @PermissionsAllowed({Scopes.ADMIN, Scopes.PROVIDE})
    @Operation(summary = "Update a data product", description = "Owner agency (exchange.provide) or exchange.admin.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "403", description = "Not the owner agency, or scope missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Code or owner changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProductView update(@PathParam("idOrCode") String idOrCode, @Valid @NotNull ProductRequest request) {
        requireOwnerOrAdmin(catalog.get(idOrCode).ownerAgency);
        return view(catalog.update(idOrCode, request));
    }

    private void requireOwnerOrAdmin(String ownerAgency) {
        if (!scopes.has(Scopes.ADMIN) && !ownerAgency.equals(caller.agency())) {
            throw ProblemException.forbidden("Only the owner agency " + ownerAgency + " or an exchange admin may change this product");
        }
    }

    private ProductView view(DataProduct product) {
        return ProductView.of(product, endpoints.resolve(product.providerEndpoint));
    }
}
