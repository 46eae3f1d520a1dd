package my.gov.platform.payment.payments;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.payment.config.PaymentConfig;
import my.gov.platform.payment.idempotency.IdempotentRequests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

@Path("/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Payments an agency collects through the gateway")
@APIResponse(responseCode = "403", description = "Missing scope, no agency, or the trustmark refuses (trustmark-* problem types)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PaymentResource {
    private final Payments payments;
    private final IdempotentRequests idempotency;
    private final Caller caller;
    private final String publicBaseUrl;

    PaymentResource(Payments payments, IdempotentRequests idempotency, Caller caller,
                    PaymentConfig config) {
        this.payments = payments;
        this.idempotency = idempotency;
        this.caller = caller;
        this.publicBaseUrl = config.publicBaseUrl();
    }

    @POST
    @PermissionsAllowed("payments.write")
    @Operation(summary = "Create a payment",
            description = "Requires Idempotency-Key. The same key with the same body returns the first response with "
                    + "Idempotent-Replayed: true; with another body it is refused (422). The merchant's trustmark must be "
                    + "ACTIVE, in validity and cover the return URL's host.")
    @APIResponse(responseCode = "201", description = "Created; send the payer to paymentPageUrl",
            headers = @Header(name = "Idempotent-Replayed", description = "true when this is a replay",
                    schema = @Schema(type = SchemaType.BOOLEAN)),
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or missing Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such merchant for this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Key reused with another body, return URL not registered or outside the trustmark",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = "Unique per intended payment", example = "bill-JPJ-RT-2026-000123")
                           @HeaderParam(IdempotentRequests.HEADER) String key,
                           @Valid @NotNull CreatePaymentRequest request) {
        String agency = caller.agency();
        IdempotentRequests.StoredResponse response = idempotency.execute(agency, "POST /v1/payments", key, request, () -> {
            Payment payment = payments.create(agency, request);
            return new IdempotentRequests.StoredResponse(201,
                    idempotency.toJson(PaymentView.of(payment, publicBaseUrl)), "/v1/payments/" + payment.id, false);
        });
        return replayable(response);
    }

    static Response replayable(IdempotentRequests.StoredResponse response) {
        Response.ResponseBuilder builder = Response.status(response.status()).type(MediaType.APPLICATION_JSON).entity(response.body());
        if (response.location() != null) {
            builder.location(URI.create(response.location()));
        }
        if (response.replayed()) {
            builder.header(IdempotentRequests.REPLAYED_HEADER, "true");
        }
        return builder.build();
    }

    @GET
    @PermissionsAllowed({"payments.read", "payments.write"})
    @Operation(summary = "List the agency's payments", description = "Newest last; filters combine.")
    @APIResponse(responseCode = "200", description = "One page of payments")
    @APIResponse(responseCode = "400", description = "Bad filter or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PaymentView> list(@QueryParam("status") PaymentStatus status, @QueryParam("merchantId") UUID merchantId,
                                  @QueryParam("billReference") String billReference, @QueryParam("serviceId") String serviceId,
                                  @Valid @BeanParam PageRequest page) {
        PaymentFilter filter = PaymentFilter.ofAgency(caller.agency(), status, merchantId, billReference, serviceId);
        return Page.of(payments.list(filter, page), page.limit, p -> PaymentView.of(p, publicBaseUrl),
                p -> PageRequest.cursorOf(p.id));
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed({"payments.read", "payments.write"})
    @Operation(summary = "Get one of the agency's payments")
    @APIResponse(responseCode = "200", description = "The payment",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "404", description = "No such payment for this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentView get(@PathParam("id") UUID id) {
        return PaymentView.of(payments.get(caller.agency(), id), publicBaseUrl);
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @PermissionsAllowed("payments.write")
    @Operation(summary = "Cancel a payment the payer has not started paying")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "404", description = "No such payment for this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not CREATED any more",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentView cancel(@PathParam("id") UUID id) {
        return PaymentView.of(payments.cancel(caller.agency(), id), publicBaseUrl);
    }
}
