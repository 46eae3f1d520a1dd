package my.gov.platform.catalogue.ratings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/services/{id}/ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Suara Rakyat", description = "Citizens rate and comment on services")
public class RatingResource {
    private final Ratings ratings;
    private final Caller caller;

    RatingResource(Ratings ratings, Caller caller) {
        this.ratings = ratings;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("citizen")
    @Operation(summary = "Rate a service", description = "Role citizen. One rating per citizen per service: "
            + "the first is created (201), sending another replaces it (200).")
    @APIResponse(responseCode = "201", description = "Rating recorded", content = @Content(schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "200", description = "Earlier rating replaced", content = @Content(schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "400", description = "Stars not 1 to 5, or comment too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a citizen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rate(@PathParam("id") UUID id, @Valid @NotNull RatingRequest request, @Context UriInfo uri) {
        Ratings.Outcome outcome = ratings.rate(id, caller.subject(), request);
        RatingView view = RatingView.of(outcome.rating());
        return outcome.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(outcome.rating().id.toString()).build()).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Path("/{ratingId}")
    @Operation(summary = "One rating", description = "Public.")
    @APIResponse(responseCode = "200", description = "The rating", content = @Content(schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "404", description = "No such rating of this service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RatingView one(@PathParam("id") UUID id, @PathParam("ratingId") UUID ratingId) {
        return RatingView.of(ratings.get(id, ratingId));
    }

    @GET
    @Operation(summary = "Ratings of a service", description = "Public. Average, count and a page of ratings.")
    @APIResponse(responseCode = "200", description = "Summary", content = @Content(schema = @Schema(implementation = RatingSummary.class)))
    @APIResponse(responseCode = "404", description = "No such service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RatingSummary list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return ratings.summary(id, page);
    }
}
