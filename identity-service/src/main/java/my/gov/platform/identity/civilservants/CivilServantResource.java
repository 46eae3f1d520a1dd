package my.gov.platform.identity.civilservants;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.assurance.RequiresAssurance;
import my.gov.platform.identity.security.AdminCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/civil-servants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Civil servants", description = "Heads of department approve their agency's civil servants; HR records leavers")
public class CivilServantResource {
    private final CivilServants civilServants;
    private final AdminCaller caller;

    CivilServantResource(CivilServants civilServants, AdminCaller caller) {
        this.civilServants = civilServants;
        this.caller = caller;
    }

    @GET
    @RequiresAssurance(2)
    @RolesAllowed({AdminCaller.HEAD_OF_DEPARTMENT, AdminCaller.PLATFORM_ADMIN})
    @Operation(summary = "List civil servants waiting for approval",
            description = "A head of department sees their own agency's requests; a platform administrator every agency's.")
    @APIResponse(responseCode = "200", description = "A page of requests, oldest first")
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither a head of department nor a platform administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CivilServantView> pending(@Valid @BeanParam PageRequest page) {
        return civilServants.pending(page, Decider.of(caller));
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresAssurance(2)
    @RolesAllowed({AdminCaller.HEAD_OF_DEPARTMENT, AdminCaller.PLATFORM_ADMIN})
    @Operation(summary = "Approve a civil servant",
            description = "By the head of department of the agency the person named (a platform administrator appoints an agency's "
                    + "first head of department). From then on the person's tokens carry the agency and the roles granted; before, neither.")
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(schema = @Schema(implementation = CivilServantView.class)))
    @APIResponse(responseCode = "400", description = "Unknown role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither a head of department nor a platform administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such civil servant of the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not waiting for approval, or the e-mail address is not verified yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CivilServantView approve(@PathParam("id") UUID id, @Valid @NotNull ApprovalRequest approval) {
        return civilServants.approve(id, approval, Decider.of(caller));
    }

    @POST
    @Path("/{id}/departure")
    @RequiresAssurance(2)
    @RolesAllowed({AdminCaller.AGENCY_ADMIN, AdminCaller.HEAD_OF_DEPARTMENT, AdminCaller.PLATFORM_ADMIN})
    @Operation(summary = "Record that a civil servant left the service",
            description = "For HR when someone retires, resigns or transfers: the account is deactivated at once (sessions, refresh and "
                    + "access tokens end) and my.gov.user.deactivated tells the other services.")
    @APIResponse(responseCode = "200", description = "Recorded; the account is deactivated",
            content = @Content(schema = @Schema(implementation = CivilServantView.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agency administrator, head of department or platform administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such civil servant of the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already left, or the account is already deactivated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CivilServantView recordDeparture(@PathParam("id") UUID id) {
        return civilServants.recordDeparture(id, Decider.of(caller));
    }
}
