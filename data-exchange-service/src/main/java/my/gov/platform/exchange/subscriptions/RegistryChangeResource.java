package my.gov.platform.exchange.subscriptions;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.exchange.products.DataProduct;
import my.gov.platform.exchange.products.ProductCatalog;
import my.gov.platform.exchange.security.Scopes;
import my.gov.platform.exchange.subscriptions.SubscriptionRequests.ReportChange;
import my.gov.platform.exchange.subscriptions.SubscriptionRequests.ReportedChange;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

@Path("/v1/products/{idOrCode}/changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
public class RegistryChangeResource {
    private final ChangeNotifier notifier;
    private final ProductCatalog catalog;
    private final Caller caller;

    RegistryChangeResource(ChangeNotifier notifier, ProductCatalog catalog, Caller caller) {
        this.notifier = notifier;
        this.catalog = catalog;
        this.caller = caller;
    }

    @POST
    @PermissionsAllowed(Scopes.PROVIDE)
    @Operation(summary = "Report a change to one record (owner agency)", description = "Delivered to every subscriber whose agreement covers it.")
    @APIResponse(responseCode = "202", description = "Recorded and delivered", content = @Content(schema = @Schema(implementation = ReportedChange.class)))
    @APIResponse(responseCode = "403", description = "Not the owner agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("idOrCode") String idOrCode, @Valid @NotNull ReportChange report) {
        DataProduct product = catalog.get(idOrCode);
        if (!product.ownerAgency.equals(caller.agency())) {
            throw ProblemException.forbidden("Only the owner agency " + product.ownerAgency + " reports changes to " + product.code);
        }
        Map.Entry<RegistryChange, Integer> reported = notifier.report(product, report);
        return Response.accepted(new ReportedChange(reported.getKey().id, reported.getValue())).build();
    }
}
