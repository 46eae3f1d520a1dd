package my.gov.platform.payment.callbacks;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.payment.merchants.Merchants;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/merchants/{merchantId}/callback-deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Callbacks", description = "Signed server-to-server notifications to agencies, their log and redelivery")
@APIResponse(responseCode = "403", description = "Missing scope or no agency",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Not found for this agency",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CallbackResource {
    private final Callbacks callbacks;
    private final Merchants merchants;
    private final Caller caller;

    CallbackResource(Callbacks callbacks, Merchants merchants, Caller caller) {
        this.callbacks = callbacks;
        this.merchants = merchants;
        this.caller = caller;
    }

    @GET
    @PermissionsAllowed({"payments.read", "payments.write"})
    @Operation(summary = "The merchant's callback delivery log")
    @APIResponse(responseCode = "200", description = "One page of deliveries with their attempts")
    public Page<CallbackDeliveryView> list(@PathParam("merchantId") UUID merchantId, @Valid @BeanParam PageRequest page) {
        String agency = caller.agency();
        merchants.get(agency, merchantId);
        return Page.of(callbacks.list(agency, merchantId, page), page.limit,
                d -> CallbackDeliveryView.of(d, callbacks.attempts(d.id)), d -> PageRequest.cursorOf(d.id));
    }
}
