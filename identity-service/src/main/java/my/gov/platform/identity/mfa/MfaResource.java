package my.gov.platform.identity.mfa;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.identity.accounts.PersonCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A signed-in person enrols an authenticator app (their own access token from this provider). */
@Path("/v1/mfa/totp")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Multi-factor authentication", description = "Second factors that raise sign-ins to urn:mygov:loa:2")
@Authenticated
public class MfaResource {
    private static final String ISSUER_NAME = "MyGov ID";

    private final MfaService mfa;
    private final PersonCaller caller;

    MfaResource(MfaService mfa, PersonCaller caller) {
        this.mfa = mfa;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Start authenticator-app enrolment", description = "Returns the secret and otpauth:// URI (show it as a QR code).")
    @APIResponse(responseCode = "201", description = "Enrolment started",
            content = @Content(schema = @Schema(implementation = TotpEnrolment.class)))
    @APIResponse(responseCode = "403", description = "The token is not a person's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already enrolled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start() {
        return Response.status(201).entity(mfa.startTotp(person(), ISSUER_NAME)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the enrolment with a first code", description = "Returns ten one-time recovery codes, shown only once; publishes my.gov.mfa.enrolled.")
    @APIResponse(responseCode = "200", description = "Enrolled",
            content = @Content(schema = @Schema(implementation = TotpEnrolment.class)))
    @APIResponse(responseCode = "400", description = "Wrong code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token is not a person's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Nothing to confirm",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response confirm(@Valid @NotNull ConfirmTotpRequest request) {
        return Response.ok(mfa.confirmTotp(person(), request.code())).header("Cache-Control", "no-store").build();
    }

    private UUID person() {
        return caller.person("enrol a second factor");
    }
}
