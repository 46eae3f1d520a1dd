package my.gov.platform.exchange.agreements;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.exchange.security.Scopes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Purpose-bound data sharing agreements between agencies")
public class AgreementResource {
    private final AgreementService agreements;
    private final Caller caller;

    AgreementResource(AgreementService agreements, Caller caller) {
        this.agreements = agreements;
        this.caller = caller;
    }

    @POST
    @PermissionsAllowed(Scopes.QUERY)
    @Operation(summary = "Request an agreement", description = "The calling agency becomes the consumer; the product's owner decides.")
    @APIResponse(responseCode = "201", description = "Requested", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request or unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a consumer member, scope missing, or classified data (Rahsia)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response request(@Valid @NotNull RequestAgreementRequest request, @Context UriInfo uri) {
        Agreement agreement = agreements.request(caller.agency(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(agreement.id.toString()).build())
                .entity(AgreementView.of(agreement)).build();
    }

    @GET
    @PermissionsAllowed({Scopes.QUERY, Scopes.PROVIDE})
    @Operation(summary = "List the agreements the calling agency is a party to")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<AgreementView> list(@QueryParam("status") AgreementStatus status, @Valid @BeanParam PageRequest page) {
        return Page.of(agreements.list(caller.agency(), status, page.after(), page.limit), page.limit,
                AgreementView::of, a -> PageRequest.cursorOf(a.id));
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed({Scopes.QUERY, Scopes.PROVIDE})
    @Operation(summary = "Get an agreement")
    @APIResponse(responseCode = "200", description = "The agreement", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "404", description = "No such agreement for this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementView get(@PathParam("id") UUID id) {
        return AgreementView.of(agreements.visibleTo(id, caller.agency()));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.WILDCARD)
    @PermissionsAllowed(Scopes.PROVIDE)
    @Operation(summary = "Approve a requested agreement (data owner)")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "403", description = "Not the data owner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agreement for this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not in REQUESTED state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementView approve(@PathParam("id") UUID id) {
        return AgreementView.of(agreements.approve(id, caller.agency()));
    }

    @POST
    @Path("/{id}/reject")
    @PermissionsAllowed(Scopes.PROVIDE)
    @Operation(summary = "Reject a requested agreement (data owner)")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Reason missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the data owner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agreement for this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not in REQUESTED state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementView reject(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
        return AgreementView.of(agreements.reject(id, caller.agency(), decision.reason()));
    }

    @POST
    @Path("/{id}/revoke")
    @PermissionsAllowed(Scopes.PROVIDE)
    @Operation(summary = "Revoke an approved agreement (data owner)", description = "Takes effect for the next request.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Reason missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the data owner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agreement for this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not in APPROVED state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementView revoke(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
        return AgreementView.of(agreements.revoke(id, caller.agency(), decision.reason()));
    }
}
