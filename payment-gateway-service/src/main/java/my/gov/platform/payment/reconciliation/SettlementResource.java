package my.gov.platform.payment.reconciliation;

import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;

@Path("/v1/ledger/settlements/{day}")
@Tag(name = "Ledger")
public class SettlementResource {
    private final Settlements settlements;
    private final Caller caller;

    SettlementResource(Settlements settlements, Caller caller) {
        this.settlements = settlements;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed("payments.write")
    @Operation(summary = "Book one day's acquirer settlement",
            description = "Reconciles the day and moves matched items from clearing to the settlement bank account. Done nightly for yesterday; this books a day by hand.")
    @APIResponse(responseCode = "201", description = "Booked", content = @Content(schema = @Schema(implementation = SettlementView.class)))
    @APIResponse(responseCode = "403", description = "Missing scope or no agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already booked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Nothing matched to settle",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response settle(@PathParam("day") LocalDate day) {
        SettlementView settled = settlements.settle(caller.agency(), day);
        return Response.created(URI.create("/v1/reconciliations/" + day)).entity(settled).build();
    }
}
