package my.gov.platform.payment.trustmarks;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/trustmarks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trustmarks", description = "MTSA Public Sector Trustmark registry (certifier)")
@PermissionsAllowed("trustmarks.certify")
@APIResponse(responseCode = "403", description = "Token lacks trustmarks.certify",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TrustmarkResource {
    private final TrustmarkRegistry registry;

    TrustmarkResource(TrustmarkRegistry registry) {
        this.registry = registry;
    }

    @POST
    @Operation(summary = "Issue a trustmark", description = "Certifies an agency payment application for the host names it is "
            + "served from. It is AWAITING_MILESTONES, and takes no payment, until its self-assessment, penetration test and "
            + "certification letter are recorded.")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(schema = @Schema(implementation = TrustmarkView.class)))
    @APIResponse(responseCode = "409", description = "Certificate number already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@Valid @NotNull IssueTrustmarkRequest request, @Context UriInfo uri) {
        Trustmark trustmark = registry.issue(request);
        return Response.created(uri.getAbsolutePathBuilder().path(trustmark.id.toString()).build())
                .entity(TrustmarkView.of(trustmark)).build();
    }

    @GET
    @Operation(summary = "List trustmarks", description = "Ordered by id (issue time); filter by agency and status.")
    @APIResponse(responseCode = "200", description = "One page of trustmarks")
    @APIResponse(responseCode = "400", description = "Bad filter or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<TrustmarkView> list(@QueryParam("agency") String agency, @QueryParam("status") TrustmarkStatus status,
                                    @Valid @BeanParam PageRequest page) {
        return Page.of(registry.list(agency, status, page), page.limit, TrustmarkView::of, t -> PageRequest.cursorOf(t.id));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a trustmark with its certification milestones")
    @APIResponse(responseCode = "200", description = "The trustmark",
            content = @Content(schema = @Schema(implementation = TrustmarkView.class)))
    @APIResponse(responseCode = "404", description = "No such trustmark",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TrustmarkView get(@PathParam("id") UUID id) {
        return TrustmarkView.of(registry.get(id), registry.milestones(id));
    }

    @POST
    @Path("/{id}/milestones")
    @Operation(summary = "Record a certification milestone", description = "Self-assessment, penetration test, certification "
            + "letter or security audit. The one that completes the first three makes an AWAITING_MILESTONES trustmark PENDING, "
            + "or ACTIVE (announced as my.gov.trustmark.activated) when its validFrom has come.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "404", description = "No such trustmark",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordMilestone(@PathParam("id") UUID id, @Valid @NotNull TrustmarkRequests.Milestone request,
                                    @Context UriInfo uri) {
        TrustmarkMilestone milestone = registry.recordMilestone(id, request);
        return Response.created(uri.getBaseUriBuilder().path("/v1/trustmarks/" + id).build())
                .entity(MilestoneView.of(milestone)).build();
    }

    @POST
    @Path("/{id}/suspend")
    @Operation(summary = "Suspend a trustmark", description = "Takes effect on the next payment request; announced as my.gov.trustmark.suspended.")
    @APIResponse(responseCode = "200", description = "Suspended",
            content = @Content(schema = @Schema(implementation = TrustmarkView.class)))
    @APIResponse(responseCode = "404", description = "No such trustmark",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not ACTIVE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TrustmarkView suspend(@PathParam("id") UUID id, @Valid @NotNull TrustmarkRequests.Reason request) {
        return TrustmarkView.of(registry.suspend(id, request.reason()));
    }

    @POST
    @Path("/{id}/reinstate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Reinstate a suspended trustmark")
    @APIResponse(responseCode = "200", description = "Active again",
            content = @Content(schema = @Schema(implementation = TrustmarkView.class)))
    @APIResponse(responseCode = "404", description = "No such trustmark",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not SUSPENDED, or validity over",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TrustmarkView reinstate(@PathParam("id") UUID id) {
        return TrustmarkView.of(registry.reinstate(id));
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(summary = "Revoke a trustmark", description = "Final; announced as my.gov.trustmark.revoked.")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(schema = @Schema(implementation = TrustmarkView.class)))
    @APIResponse(responseCode = "404", description = "No such trustmark",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TrustmarkView revoke(@PathParam("id") UUID id, @Valid @NotNull TrustmarkRequests.Reason request) {
        return TrustmarkView.of(registry.revoke(id, request.reason()));
    }

    @POST
    @Path("/{id}/renew")
    @Operation(summary = "Renew a trustmark", description = "Extends validity; an EXPIRED trustmark becomes ACTIVE again and expiry notices are re-armed.")
    @APIResponse(responseCode = "200", description = "Renewed",
            content = @Content(schema = @Schema(implementation = TrustmarkView.class)))
    @APIResponse(responseCode = "404", description = "No such trustmark",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Revoked, or the new date is not later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TrustmarkView renew(@PathParam("id") UUID id, @Valid @NotNull TrustmarkRequests.Renew request) {
        return TrustmarkView.of(registry.renew(id, request.validUntil()));
    }
}
