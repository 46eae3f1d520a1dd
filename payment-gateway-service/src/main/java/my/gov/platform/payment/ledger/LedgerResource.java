package my.gov.platform.payment.ledger;

import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/ledger/trial-balance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "The agency's double-entry accounts")
public class LedgerResource {
    private final Ledger ledger;
    private final Caller caller;

    LedgerResource(Ledger ledger, Caller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    @GET
    @PermissionsAllowed({"payments.read", "payments.write"})
    @Operation(summary = "The agency's account balances and trial balance")
    @APIResponse(responseCode = "200", description = "Balances; totalSen is zero",
            content = @Content(schema = @Schema(implementation = TrialBalance.class)))
    @APIResponse(responseCode = "403", description = "Missing scope or no agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TrialBalance trialBalance() {
        String agency = caller.agency();
        return TrialBalance.of(agency, ledger.trialBalance(agency));
    }
}
