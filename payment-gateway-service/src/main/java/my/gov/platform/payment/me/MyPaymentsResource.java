package my.gov.platform.payment.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.payment.config.PaymentConfig;
import my.gov.platform.payment.payments.PaymentFilter;
import my.gov.platform.payment.payments.PaymentStatus;
import my.gov.platform.payment.payments.PaymentView;
import my.gov.platform.payment.payments.Payments;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/me/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My payments", description = "A signed-in citizen's own payment history")
public class MyPaymentsResource {
    private final Payments payments;
    private final Caller caller;
    private final String publicBaseUrl;

    MyPaymentsResource(Payments payments, Caller caller, PaymentConfig config) {
        this.payments = payments;
        this.caller = caller;
        this.publicBaseUrl = config.publicBaseUrl();
    }

    @GET
    @RolesAllowed("citizen")
    @Operation(summary = "List my payments", description = "Payments the caller paid signed in (payerSubject is their SSO subject), "
            + "oldest first. The token must carry the citizen's mykad_number claim.")
    @APIResponse(responseCode = "200", description = "One page of the caller's payments")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a citizen, or no mykad_number claim in the token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PaymentView> list(@QueryParam("status") PaymentStatus status, @Valid @BeanParam PageRequest page) {
        return Page.of(payments.list(PaymentFilter.ofPayer(caller.citizen().subject(), status), page), page.limit,
                p -> PaymentView.of(p, publicBaseUrl), p -> PageRequest.cursorOf(p.id));
    }
}
