package my.gov.platform.exchange.subscriptions;

import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.exchange.security.Scopes;
import my.gov.platform.exchange.subscriptions.SubscriptionRequests.ChangeView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/registry-changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
public class DeliveredChangeResource {
    private final ChangeNotifier notifier;
    private final Caller caller;

    DeliveredChangeResource(ChangeNotifier notifier, Caller caller) {
        this.notifier = notifier;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(Scopes.QUERY)
    @Operation(summary = "Read a change delivered to the calling agency", description = "Includes the record key, so it is not in the event.")
    @APIResponse(responseCode = "200", description = "The change", content = @Content(schema = @Schema(implementation = ChangeView.class)))
    @APIResponse(responseCode = "404", description = "No such change delivered to this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangeView read(@PathParam("id") UUID id) {
        return notifier.read(id, caller.agency());
    }
}
