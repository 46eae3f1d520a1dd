package my.gov.platform.catalogue.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.catalogue.kpi.Dimension;
import my.gov.platform.catalogue.kpi.KpiService;
import my.gov.platform.catalogue.kpi.RateRow;
import my.gov.platform.catalogue.reference.ReferenceData;
import my.gov.platform.catalogue.reference.ReferenceKind;
import my.gov.platform.catalogue.reference.ReferenceSnapshot;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.commons.web.PageLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The KPI dashboard: E2E rates as server-drawn bar charts (each with its data table), targets and reports. */
@Path("/kpi")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
@RateLimited(OperationClass.PUBLIC_PAGE)
public class KpiPage {
    private static final int BAR_HEIGHT = 24;
    private static final double BAR_AREA = 330;
    private static final int MOST_AGENCIES = 15;
    private static final double LABEL_AREA = 200;

    private final Template page;
    private final Template report;
    private final KpiService kpi;
    private final ReferenceData referenceData;

    KpiPage(@Location("kpi.html") Template page, @Location("kpi-report.html") Template report, KpiService kpi, ReferenceData referenceData) {
        this.page = page;
        this.report = report;
        this.kpi = kpi;
        this.referenceData = referenceData;
    }

    @GET
    @Operation(summary = "KPI dashboard")
    @APIResponse(responseCode = "200", description = "HTML page")
    public Response dashboard(@QueryParam("lang") String queryLang, @Context HttpHeaders headers) {
        String lang = PageLanguage.of(queryLang, headers).code();
        ReferenceSnapshot reference = referenceData.current();
        List<RateRow> rates = kpi.liveRates();
        RateRow overall = rates.stream().filter(r -> r.dimension() == Dimension.OVERALL).findFirst().orElseThrow();
        List<RateRow> agencies = rates.stream().filter(r -> r.dimension() == Dimension.AGENCY)
                .sorted(Comparator.comparingInt(RateRow::total).reversed()).limit(MOST_AGENCIES).toList();
        PageMessages texts = MessageBundles.get(PageMessages.class, Localized.Literal.of(lang));
        List<PageModels.TargetRow> targets = targetRows(kpi.targets());
        return Pages.render(page.data("overall", overall)
                        .data("overallRate", Formats.percent(overall.ratePercent()))
                        .data("charts", List.of(
                                chart(texts.bySector(), of(rates, Dimension.SECTOR), r -> reference.name(ReferenceKind.SECTORS, r.key(), lang)),
                                chart(texts.byGroup(), of(rates, Dimension.TARGET_GROUP), r -> r.key() + " " + reference.name(ReferenceKind.TARGET_GROUPS, r.key(), lang)),
                                chart(texts.byAgency(), agencies, RateRow::key)))
                        .data("targets", targets)
                        .data("quarters", kpi.quarters()),
                lang, queryLang, "/kpi");
    }

    @GET
    @Path("/reports/{quarter}")
    @Operation(summary = "The quarterly report as a page")
    @APIResponse(responseCode = "200", description = "HTML page")
    @APIResponse(responseCode = "404", description = "No snapshot of that quarter",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = my.gov.platform.commons.problem.Problem.MEDIA_TYPE,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = my.gov.platform.commons.problem.Problem.class)))
    public Response report(@jakarta.ws.rs.PathParam("quarter") String quarter, @QueryParam("lang") String queryLang,
                           @Context HttpHeaders headers) {
        String lang = PageLanguage.of(queryLang, headers).code();
        ReferenceSnapshot reference = referenceData.current();
        my.gov.platform.catalogue.kpi.QuarterlyReport quarterly = kpi.report(my.gov.platform.catalogue.kpi.Quarter.check("quarter", quarter));
        List<PageModels.Bar> rows = quarterly.rates().stream().map(r -> new PageModels.Bar(
                r.dimension() + " · " + switch (r.dimension()) {
                    case SECTOR -> reference.name(ReferenceKind.SECTORS, r.key(), lang);
                    case TARGET_GROUP -> r.key() + " " + reference.name(ReferenceKind.TARGET_GROUPS, r.key(), lang);
                    default -> r.key();
                }, Formats.percent(r.ratePercent()) + " (" + r.e2e() + "/" + r.total() + ")", 0, 0, 0, 0)).toList();
        return Pages.render(report.data("quarter", quarterly.quarter()).data("takenAt", Formats.time(quarterly.takenAt()))
                        .data("rows", rows).data("targets", targetRows(quarterly.targets())),
                lang, queryLang, "/kpi/reports/" + quarter);
    }

    private static List<PageModels.TargetRow> targetRows(List<my.gov.platform.catalogue.kpi.TargetProgress> targets) {
        return targets.stream().map(t -> new PageModels.TargetRow(
                t.dimension() + " " + t.key() + " (+" + t.risePercent() + "%)", t.baselineQuarter() + " → " + t.targetQuarter(),
                Formats.percent(t.baselineRate()), Formats.percent(t.targetRate()), Formats.percent(t.achievedRate()),
                Formats.percent(t.progressPercent()), Boolean.TRUE.equals(t.met()))).toList();
    }

    @GET
    @Path("/reports/{quarter}.csv")
    @Produces("text/csv")
    @Operation(summary = "The quarterly report as a CSV download", description = "Same as /v1/kpi/reports/{quarter} with Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "CSV")
    @APIResponse(responseCode = "404", description = "No snapshot of that quarter",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = my.gov.platform.commons.problem.Problem.MEDIA_TYPE,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = my.gov.platform.commons.problem.Problem.class)))
    public Response csv(@jakarta.ws.rs.PathParam("quarter") String quarter) {
        return Response.ok(kpi.report(my.gov.platform.catalogue.kpi.Quarter.check("quarter", quarter)).toCsv(), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"e2e-report-" + quarter + ".csv\"").build();
    }

    private static List<RateRow> of(List<RateRow> rates, Dimension dimension) {
        return rates.stream().filter(r -> r.dimension() == dimension).toList();
    }

    private static PageModels.Chart chart(String title, List<RateRow> rows, Function<RateRow, String> label) {
        List<PageModels.Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RateRow row = rows.get(i);
            int y = i * (BAR_HEIGHT + 8);
            double width = Math.max(1, Math.round(BAR_AREA * row.ratePercent()) / 100.0);
            bars.add(new PageModels.Bar(label.apply(row), Formats.percent(row.ratePercent()) + " (" + row.e2e() + "/" + row.total() + ")",
                    width, Math.round(LABEL_AREA + width + 6), y, y + 16));
        }
        return new PageModels.Chart(title, Math.max(BAR_HEIGHT, rows.size() * (BAR_HEIGHT + 8)), bars);
    }
}
