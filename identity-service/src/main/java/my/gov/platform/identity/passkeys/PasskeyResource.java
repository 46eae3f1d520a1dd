package my.gov.platform.identity.passkeys;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.identity.accounts.PersonCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** A signed-in person registers and removes their security keys and passkeys (their own access token). */
@Path("/v1/mfa/webauthn")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Multi-factor authentication", description = "Second factors that raise sign-ins to urn:mygov:loa:2")
@Authenticated
@APIResponse(responseCode = "403", description = "The token is not a person's",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PasskeyResource {
    private final Passkeys passkeys;
    private final PersonCaller caller;

    PasskeyResource(Passkeys passkeys, PersonCaller caller) {
        this.passkeys = passkeys;
        this.caller = caller;
    }

    @POST
    @Path("/registrations")
    @Operation(summary = "Start registering a security key or passkey",
            description = "Returns the options for navigator.credentials.create(): a one-time challenge valid for five minutes.")
    @APIResponse(responseCode = "201", description = "Ceremony started",
            content = @Content(schema = @Schema(implementation = PasskeyOptions.class)))
    public Response start() {
        PasskeyOptions options = passkeys.startRegistration(person());
        return Response.status(201).entity(options).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/registrations/{challengeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finish the registration with the authenticator's answer",
            description = "Checks challenge, origin, RP id, user presence and algorithm (attestation \"none\" accepted); publishes my.gov.mfa.enrolled with method WEBAUTHN.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = PasskeyCredentialView.class)))
    @APIResponse(responseCode = "400", description = "The answer did not verify or is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such ceremony for this person, or it expired or was used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "This authenticator is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@PathParam("challengeId") UUID challengeId, @Valid @NotNull RegisterPasskeyRequest answer) {
        PasskeyCredentialView credential = passkeys.register(person(), challengeId, answer);
        return Response.created(URI.create("/v1/mfa/webauthn/credentials/" + credential.id())).entity(credential).build();
    }

    @GET
    @Path("/credentials")
    @Operation(summary = "List the person's security keys and passkeys")
    @APIResponse(responseCode = "200", description = "One page of the credentials, oldest first")
    public Page<PasskeyCredentialView> list(@Valid @BeanParam PageRequest page) {
        return Page.slice(passkeys.list(person()), page);
    }

    @DELETE
    @Path("/credentials/{credentialId}")
    @Operation(summary = "Remove a security key or passkey")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such credential of this person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("credentialId") String credentialId) {
        passkeys.remove(person(), credentialId);
        return Response.noContent().build();
    }

    private UUID person() {
        return caller.person("manage security keys");
    }
}
