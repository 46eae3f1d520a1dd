package my.gov.platform.identity.keys;

import io.quarkus.security.PermissionsAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.assurance.RequiresAssurance;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

@Path("/v1/signing-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Signing keys", description = "Key rotation for the provider's token signatures")
public class SigningKeyResource {
    private final SigningKeys keys;

    SigningKeyResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @PermissionsAllowed("identity.admin")
    @RequiresAssurance(2)
    @Transactional
    @Operation(summary = "List the published signing keys")
    @APIResponse(responseCode = "200", description = "One page of the keys, oldest first")
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token lacks identity.admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SigningKeyView> list(@Valid @BeanParam PageRequest page) {
        return Page.slice(published(), page);
    }

    @POST
    @Path("/rotations")
    @PermissionsAllowed("identity.admin")
    @RequiresAssurance(2)
    @Operation(summary = "Rotate one algorithm's keys",
            description = "The NEXT key starts signing, the ACTIVE key is retired but stays published until its tokens expire, and a new NEXT key is published.")
    @APIResponse(responseCode = "200", description = "The published keys after the rotation, oldest first, in one page")
    @APIResponse(responseCode = "400", description = "Unknown algorithm",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token lacks identity.admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SigningKeyView> rotate(@Valid @NotNull RotateKeysRequest request) {
        keys.rotate(request.algorithm());
        // A few keys per algorithm at most: the answer to a rotation is the whole set, never cut.
        return new Page<>(published(), null);
    }

    private static List<SigningKeyView> published() {
        Instant now = Instant.now();
        return SigningKey.<SigningKey>list("order by createdAt").stream()
                .filter(k -> !KeyRotation.expired(k, now)).map(SigningKeyView::of).toList();
    }
}
