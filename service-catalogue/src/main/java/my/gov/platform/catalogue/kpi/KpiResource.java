package my.gov.platform.catalogue.kpi;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import my.gov.platform.catalogue.security.Grants;
import my.gov.platform.catalogue.web.QueryEnums;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.security.assurance.RequiresAssurance;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/v1/kpi")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "KPI", description = "The E2E rate: live, quarterly snapshots, targets and the quarterly report")
public class KpiResource {
    public static final String CSV = "text/csv";

    private final KpiService kpi;
    private final Grants grants;

    KpiResource(KpiService kpi, Grants grants) {
        this.kpi = kpi;
        this.grants = grants;
    }

    @GET
    @Path("/e2e-rates")
    @Operation(summary = "Live E2E rates", description = "Public. Overall and by agency, sector and target group.")
    @APIResponse(responseCode = "200", description = "One page of rates")
    @APIResponse(responseCode = "400", description = "Unknown dimension, bad limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RateRow> rates(@QueryParam("dimension") @Parameter(example = "AGENCY", description = "OVERALL, AGENCY, SECTOR or TARGET_GROUP") String dimension,
                               @Valid @BeanParam PageRequest page) {
        Dimension only = QueryEnums.parse("dimension", dimension, Dimension.class);
        return Page.slice(kpi.liveRates().stream().filter(r -> only == null || r.dimension() == only).toList(), page);
    }

    @POST
    @Path("/snapshots")
    @Authenticated
    @RequiresAssurance(2)
    @Operation(summary = "Take the quarter's snapshot", description = "Role platform-admin or scope catalogue.admin. Replaces an earlier snapshot of the same quarter.")
    @APIResponse(responseCode = "201", description = "The quarter's report", content = @Content(schema = @Schema(implementation = QuarterlyReport.class)))
    @APIResponse(responseCode = "400", description = "Invalid quarter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither platform-admin nor catalogue.admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response snapshot(@Valid @NotNull SnapshotRequest request, @Context UriInfo uri) {
        grants.requireReferenceAdmin();
        QuarterlyReport report = kpi.snapshot(request.quarter());
        return Response.created(uri.getBaseUriBuilder().path("v1/kpi/reports").path(request.quarter()).build()).entity(report).build();
    }

    @POST
    @Path("/targets")
    @Authenticated
    @RequiresAssurance(2)
    @Operation(summary = "Set a target", description = "Role platform-admin or scope catalogue.admin. E.g. a 40% rise of the overall rate.")
    @APIResponse(responseCode = "201", description = "The target and its progress", content = @Content(schema = @Schema(implementation = TargetProgress.class)))
    @APIResponse(responseCode = "400", description = "Invalid target",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither platform-admin nor catalogue.admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A target for that key and quarter exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addTarget(@Valid @NotNull TargetRequest request, @Context UriInfo uri) {
        grants.requireReferenceAdmin();
        KpiTarget target = kpi.addTarget(request);
        TargetProgress progress = kpi.targets().stream()
                .filter(t -> t.dimension() == target.dimension && t.key().equals(target.key) && t.targetQuarter().equals(target.targetQuarter))
                .findFirst().orElseThrow();
        return Response.created(uri.getBaseUriBuilder().path("v1/kpi/targets").build()).entity(progress).build();
    }

    @GET
    @Path("/targets")
    @Operation(summary = "Targets and progress", description = "Public.")
    @APIResponse(responseCode = "200", description = "One page of targets")
    public Page<TargetProgress> targets(@Valid @BeanParam PageRequest page) {
        return Page.slice(kpi.targets(), page);
    }

    @GET
    @Path("/reports/{quarter}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "The quarterly report", description = "Public. JSON, or CSV with Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuarterlyReport.class)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Invalid quarter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No snapshot of that quarter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("quarter") @Parameter(example = "2026-Q4") String quarter,
                           @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        QuarterlyReport report = kpi.report(Quarter.check("quarter", quarter));
        if (accept != null && accept.contains(CSV) && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(report.toCsv(), CSV)
                    .header("Content-Disposition", "attachment; filename=\"e2e-report-" + quarter + ".csv\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }
}
