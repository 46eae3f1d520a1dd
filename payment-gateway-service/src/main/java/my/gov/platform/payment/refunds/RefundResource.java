package my.gov.platform.payment.refunds;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.payment.idempotency.IdempotentRequests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/v1/payments/{paymentId}/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Refunds", description = "Full or partial refunds of captured payments")
@APIResponse(responseCode = "403", description = "Missing scope or no agency",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such payment for this agency",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RefundResource {
    private final Refunds refunds;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    RefundResource(Refunds refunds, IdempotentRequests idempotency, Caller caller) {
        this.refunds = refunds;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @PermissionsAllowed("payments.write")
    @Operation(summary = "Refund a payment", description = "Requires Idempotency-Key; refunds never add up to more than was captured.")
    @APIResponse(responseCode = "201", description = "Refunded",
            content = @Content(schema = @Schema(implementation = RefundView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or missing Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Payment not captured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Above what is refundable, or key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response refund(@PathParam("paymentId") UUID paymentId,
                           @Parameter(description = "Unique per intended refund") @HeaderParam(IdempotentRequests.HEADER) String key,
                           @Valid @NotNull RefundRequest request) {
        String agency = caller.agency();
        IdempotentRequests.StoredResponse response = idempotency.execute(agency, "refund " + paymentId, key, request, () -> {
            Refund refund = refunds.refund(agency, paymentId, request);
            return new IdempotentRequests.StoredResponse(201, idempotency.toJson(RefundView.of(refund)),
                    "/v1/payments/" + paymentId + "/refunds", false);
        });
        Response.ResponseBuilder builder = Response.status(response.status()).type(MediaType.APPLICATION_JSON)
                .entity(response.body()).location(URI.create(response.location()));
        if (response.replayed()) {
            builder.header(IdempotentRequests.REPLAYED_HEADER, "true");
        }
        return builder.build();
    }

    @GET
    @PermissionsAllowed({"payments.read", "payments.write"})
    @Operation(summary = "List a payment's refunds")
    @APIResponse(responseCode = "200", description = "One page of the refunds, oldest first")
    public Page<RefundView> list(@PathParam("paymentId") UUID paymentId, @Valid @BeanParam PageRequest page) {
        return Page.slice(refunds.of(caller.agency(), paymentId).stream().map(RefundView::of).toList(), page);
    }
}
