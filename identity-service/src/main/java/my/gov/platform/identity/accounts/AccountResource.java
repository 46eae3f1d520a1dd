package my.gov.platform.identity.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.assurance.RequiresAssurance;
import my.gov.platform.identity.security.AdminCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "People's accounts: registration, verification, deactivation")
public class AccountResource {
    private final AccountService accounts;
    private final AdminCaller caller;
    private final SignUpAdmission admission;

    AccountResource(AccountService accounts, AdminCaller caller, SignUpAdmission admission) {
        this.accounts = accounts;
        this.caller = caller;
        this.admission = admission;
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an account",
            description = "Citizens with MyKad, non-citizens with passport and nationality, business users with an SSM number, civil servants with an official e-mail. "
                    + "Verification codes go out by e-mail (and SMS when a phone is given). The answer is the same when the identifier is already registered.")
    @APIResponse(responseCode = "202", description = "Accepted; verify with the codes sent",
            content = @Content(schema = @Schema(implementation = RegistrationReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (e.g. impossible MyKad number, unofficial e-mail for a civil servant)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Password refused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Sign-ups above capacity: queued, with ticket and position (Retry-After)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many password checks at this moment: send it again after Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull RegisterAccountRequest request,
                             @Parameter(description = "The ticket from a previous 429 answer, to keep the place in the queue")
                             @HeaderParam("X-Queue-Ticket") String ticket) {
        return Response.accepted(admission.admit(ticket, () -> accounts.register(request))).build();
    }

    @POST
    @Path("/account-verifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify an e-mail address or phone number with a one-time code",
            description = "A verified e-mail activates the account. Five wrong tries spend a code.")
    @APIResponse(responseCode = "200", description = "Verified",
            content = @Content(schema = @Schema(implementation = VerificationResult.class)))
    @APIResponse(responseCode = "400", description = "Wrong, expired or used code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerificationResult verify(@Valid @NotNull VerifyAccountRequest request) {
        return new VerificationResult(accounts.verify(request));
    }

    @GET
    @Path("/accounts/{id}")
    @RolesAllowed({AdminCaller.PLATFORM_ADMIN, AdminCaller.AGENCY_ADMIN})
    @RequiresAssurance(2)
    @Operation(summary = "Get an account", description = "Agency administrators see only their agency's accounts.")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such account visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountView get(@PathParam("id") UUID id) {
        return accounts.get(id, caller);
    }

    @POST
    @Path("/accounts/{id}/deactivation")
    @RolesAllowed({AdminCaller.PLATFORM_ADMIN, AdminCaller.AGENCY_ADMIN})
    @RequiresAssurance(2)
    @Operation(summary = "Deactivate an account",
            description = "For leavers and transferees: the person's tokens stop being active at once; my.gov.user.deactivated is published.")
    @APIResponse(responseCode = "200", description = "Deactivated",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such account visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already deactivated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountView deactivate(@PathParam("id") UUID id) {
        return accounts.deactivate(id, caller);
    }
}
