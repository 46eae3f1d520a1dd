package my.gov.platform.payment.reconciliation;

import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.GET;
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

import java.time.LocalDate;

@Path("/v1/reconciliations/{day}")
@Tag(name = "Reconciliation", description = "Settlement file against the ledger, per agency and day")
@APIResponse(responseCode = "400", description = "Not a date",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Missing scope or no agency",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReconciliationResource {
    private final Reconciler reconciler;
    private final Caller caller;

    ReconciliationResource(Reconciler reconciler, Caller caller) {
        this.reconciler = reconciler;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed({"payments.read", "payments.write"})
    @Operation(summary = "Reconcile one day", description = "Matched, missing (either side), duplicated and mismatched items.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ReconciliationReport.class)))
    public ReconciliationReport report(@PathParam("day") LocalDate day) {
        return reconciler.reconcile(caller.agency(), day);
    }

    @GET
    @Path("/items.csv")
    @Produces("text/csv")
    @PermissionsAllowed({"payments.read", "payments.write"})
    @Operation(summary = "Reconcile one day, as CSV")
    @APIResponse(responseCode = "200", description = "One line per item", content = @Content(mediaType = "text/csv"))
    public String csv(@PathParam("day") LocalDate day) {
        return Reconciliation.toCsv(reconciler.reconcile(caller.agency(), day).items());
    }
}
