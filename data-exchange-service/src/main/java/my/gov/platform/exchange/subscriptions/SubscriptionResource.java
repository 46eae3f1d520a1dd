package my.gov.platform.exchange.subscriptions;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.exchange.security.Scopes;
import my.gov.platform.exchange.subscriptions.SubscriptionRequests.Subscribe;
import my.gov.platform.exchange.subscriptions.SubscriptionRequests.SubscriptionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions", description = "Registry change notifications over Kafka, filtered by agreement")
public class SubscriptionResource {
    private final ChangeNotifier notifier;
    private final Caller caller;

    SubscriptionResource(ChangeNotifier notifier, Caller caller) {
        this.notifier = notifier;
        this.caller = caller;
    }

    @POST
    @PermissionsAllowed(Scopes.QUERY)
    @Operation(summary = "Subscribe to changes of the agreement's product",
            description = "Deliveries arrive as my.gov.registry-change.delivered events on exchange.events with the agency extension set to the subscriber.")
    @APIResponse(responseCode = "201", description = "Subscribed", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such agreement for this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Agreement not approved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response subscribe(@Valid @NotNull Subscribe request, @Context UriInfo uri) {
        Subscription subscription = notifier.subscribe(caller.agency(), request.agreementId());
        return Response.created(uri.getAbsolutePathBuilder().path(subscription.id.toString()).build())
                .entity(SubscriptionView.of(subscription)).build();
    }

    @GET
    @PermissionsAllowed(Scopes.QUERY)
    @Operation(summary = "The calling agency's subscriptions")
    @APIResponse(responseCode = "200", description = "One page of them")
    public Page<SubscriptionView> list(@Valid @BeanParam PageRequest page) {
        return Page.slice(notifier.subscriptionsOf(caller.agency()).stream().map(SubscriptionView::of).toList(), page);
    }
}
