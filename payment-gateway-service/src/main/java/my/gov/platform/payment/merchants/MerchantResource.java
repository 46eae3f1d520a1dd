package my.gov.platform.payment.merchants;

import io.quarkus.security.PermissionsAllowed;
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
import my.gov.platform.commons.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/merchants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Merchants", description = "Agency payment applications bound to a trustmark")
@APIResponse(responseCode = "403", description = "Token lacks the scope or names no agency",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MerchantResource {
    private final Merchants merchants;
    private final Caller caller;

    MerchantResource(Merchants merchants, Caller caller) {
        this.merchants = merchants;
        this.caller = caller;
    }

    @POST
    @PermissionsAllowed("payments.write")
    @Operation(summary = "Register a payment application",
            description = "Bound to one trustmark of the same agency, whose hosts cover its return and callback URLs. "
                    + "The callback signing secret is in this response only.")
    @APIResponse(responseCode = "201", description = "Registered; keep callbackSecret safe",
            content = @Content(schema = @Schema(implementation = MerchantView.class)))
    @APIResponse(responseCode = "422", description = "Trustmark unknown or of another agency, or a return or callback URL on a host it does not cover",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull CreateMerchantRequest request, @Context UriInfo uri) {
        Merchants.WithSecret created = merchants.create(caller.agency(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.merchant().id.toString()).build())
                .entity(MerchantView.withSecret(created)).build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Consumes(MediaType.WILDCARD)
    @PermissionsAllowed("payments.write")
    @Operation(summary = "Replace the callback signing secret", description = "The new secret is in this response only; the old one stops working at once.")
    @APIResponse(responseCode = "200", description = "The merchant with its new callbackSecret",
            content = @Content(schema = @Schema(implementation = MerchantView.class)))
    @APIResponse(responseCode = "404", description = "No such merchant for this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MerchantView rotateSecret(@PathParam("id") UUID id) {
        return MerchantView.withSecret(merchants.rotateSecret(caller.agency(), id));
    }

    @GET
    @PermissionsAllowed({"payments.read", "payments.write"})
    @Operation(summary = "List the agency's payment applications")
    @APIResponse(responseCode = "200", description = "One page of merchants")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<MerchantView> list(@Valid @BeanParam PageRequest page) {
        return Page.of(merchants.list(caller.agency(), page), page.limit, MerchantView::of, m -> PageRequest.cursorOf(m.id));
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed({"payments.read", "payments.write"})
    @Operation(summary = "Get one of the agency's payment applications")
    @APIResponse(responseCode = "200", description = "The merchant (without its secret)",
            content = @Content(schema = @Schema(implementation = MerchantView.class)))
    @APIResponse(responseCode = "404", description = "No such merchant for this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MerchantView get(@PathParam("id") UUID id) {
        return MerchantView.of(merchants.get(caller.agency(), id));
    }
}
