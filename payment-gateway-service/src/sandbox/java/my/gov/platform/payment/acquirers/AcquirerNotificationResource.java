package my.gov.platform.payment.acquirers;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.commons.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * Server-to-server notifications from the sandbox acquirer; authenticated by signature, not token.
 * Not in the production build (src/sandbox).
 */
@Path("/v1/acquirer-notifications/sandbox")
@Tag(name = SandboxAcquirer.TAG)
public class AcquirerNotificationResource {
    private final AcquirerNotifications notifications;

    AcquirerNotificationResource(AcquirerNotifications notifications) {
        this.notifications = notifications;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a SANDBOX acquirer notification",
            description = "The body is signed with HMAC-SHA256 in X-Sandbox-Signature and carries messageId and sentAt. "
                    + "A message id seen before answers 200 DUPLICATE and changes nothing.")
    @APIResponse(responseCode = "200", description = "Accepted: result is APPLIED, DUPLICATE or IGNORED",
            content = @Content(schema = @Schema(examples = "{\"result\": \"APPLIED\"}")))
    @APIResponse(responseCode = "401", description = "Signature missing or wrong; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "sentAt outside the window (5 minutes back, 1 ahead); nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, String> receive(@HeaderParam(SandboxAcquirer.SIGNATURE_HEADER) String signature, String body) {
        return Map.of("result", notifications.receive(body, signature).name());
    }
}
