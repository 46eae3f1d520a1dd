package my.gov.platform.payment.callbacks;

import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/callback-deliveries/{id}/redeliver")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Callbacks")
public class CallbackRedeliveryResource {
    private final Callbacks callbacks;
    private final Caller caller;

    CallbackRedeliveryResource(Callbacks callbacks, Caller caller) {
        this.callbacks = callbacks;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @PermissionsAllowed("payments.write")
    @Operation(summary = "Send a callback again now", description = "Also for deliveries that succeeded or were given up.")
    @APIResponse(responseCode = "200", description = "Scheduled for immediate delivery",
            content = @Content(schema = @Schema(implementation = CallbackDeliveryView.class)))
    @APIResponse(responseCode = "403", description = "Missing scope or no agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such delivery for this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CallbackDeliveryView redeliver(@PathParam("id") UUID id) {
        CallbackDelivery delivery = callbacks.redeliver(caller.agency(), id);
        return CallbackDeliveryView.of(delivery, callbacks.attempts(id));
    }
}
