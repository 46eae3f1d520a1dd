package my.gov.platform.exchange.exchange;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.exchange.security.Scopes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/exchange")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange", description = "Synchronous, purpose-bound reads of registry records through the broker")
public class ExchangeResource {
    private final ExchangeService exchange;
    private final Caller caller;

    ExchangeResource(ExchangeService exchange, Caller caller) {
        this.exchange = exchange;
        this.caller = caller;
    }

    @POST
    @Path("/queries")
    @PermissionsAllowed(Scopes.QUERY)
    @Operation(summary = "Read one record through the broker",
            description = "Checks classification, agreement, purpose, consent and volume, calls the provider, and returns only "
                    + "the released fields with provenance. Refusals carry queryId, the audit entry of the decision.")
    @APIResponse(responseCode = "200", description = "The released fields", content = @Content(schema = @Schema(implementation = ExchangeResult.class)))
    @APIResponse(responseCode = "403", description = "Refused: classified-data, agreement-required, agreement-not-approved, "
            + "agreement-expired, agreement-revoked, purpose-mismatch, field-not-agreed, consent-missing or consent-revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product or agreement, or the registry has no such record",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "volume-exhausted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The provider failed; no data returned",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "audit-unavailable: the exchange could not be audited; no data returned",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "504", description = "The provider did not answer in time; no data returned",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ExchangeResult> query(@Valid @NotNull ExchangeQueryRequest request) {
        return exchange.query(caller.agency(), request);
    }

    @GET
    @Path("/queries/{queryId}/receipt")
    @PermissionsAllowed(Scopes.QUERY)
    @Operation(summary = "The audit receipt of one of the caller's queries",
            description = "Hashes of the request and of the provider's answer, and the entry's place in the Merkle log.")
    @APIResponse(responseCode = "200", description = "Receipt", content = @Content(schema = @Schema(implementation = ExchangeReceipt.class)))
    @APIResponse(responseCode = "404", description = "No such query by this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExchangeReceipt receipt(@PathParam("queryId") UUID queryId) {
        return exchange.receipt(caller.agency(), queryId);
    }
}
