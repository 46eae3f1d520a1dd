package my.gov.platform.payment.acquirers;

import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.payment.payments.Acquirer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** The SANDBOX acquirer's settlement files; not in the production build (src/sandbox). */
@Path("/v1/acquirers/sandbox/settlement-files/{day}")
@Tag(name = SandboxAcquirer.TAG)
public class SettlementFileResource {
    private final Acquirer acquirer;
    private final Caller caller;

    SettlementFileResource(Acquirer acquirer, Caller caller) {
        this.acquirer = acquirer;
        this.caller = caller;
    }

    @GET
    @Produces("text/csv")
    @PermissionsAllowed({"payments.read", "payments.write"})
    @Operation(summary = "The SANDBOX acquirer's daily settlement file", description = "Approved transactions of the agency on that Malaysian day.")
    @APIResponse(responseCode = "200", description = "CSV with a header line", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "400", description = "Not a date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String file(@PathParam("day") LocalDate day) {
        return acquirer.settlementFile(caller.agency(), day);
    }
}
