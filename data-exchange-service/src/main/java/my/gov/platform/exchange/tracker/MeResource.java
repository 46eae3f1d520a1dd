package my.gov.platform.exchange.tracker;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.exchange.consent.ConsentService;
import my.gov.platform.exchange.consent.ConsentView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen data tracker", description = "Who read my data, when and why; my consents")
@RolesAllowed("citizen")
public class MeResource {
    private final DataTracker tracker;
    private final ConsentService consents;
    private final Caller caller;

    MeResource(DataTracker tracker, ConsentService consents, Caller caller) {
        this.tracker = tracker;
        this.consents = consents;
        this.caller = caller;
    }

    @GET
    @Path("/access-log")
    @Operation(summary = "Which agency read which of my data, when and for what purpose", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "One page of reads")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a citizen, or no mykad_number claim in the token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AccessRecord> accessLog(@Valid @BeanParam PageRequest page) {
        return Page.of(tracker.accessLog(caller.citizen(), page.after(), page.limit), page.limit, r -> r, r -> PageRequest.cursorOf(r.queryId()));
    }

    @GET
    @Path("/consents")
    @Operation(summary = "My consents, newest first")
    @APIResponse(responseCode = "200", description = "One page of the caller's consents")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a citizen, or no mykad_number claim in the token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ConsentView> consents(@Valid @BeanParam PageRequest page) {
        return Page.slice(consents.of(caller.citizen()).stream().map(ConsentView::of).toList(), page);
    }
}
