package my.gov.platform.catalogue.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.catalogue.reference.ReferenceData;
import my.gov.platform.catalogue.reference.ReferenceItem;
import my.gov.platform.catalogue.reference.ReferenceSnapshot;
import my.gov.platform.catalogue.services.E2eStatus;
import my.gov.platform.catalogue.web.QueryEnums;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Carian Bestari", description = "Smart search in Bahasa Melayu and English; browsing by life event and persona")
public class SearchResource {
    private final CatalogueSearch search;
    private final ReferenceData referenceData;

    SearchResource(CatalogueSearch search, ReferenceData referenceData) {
        this.search = search;
        this.referenceData = referenceData;
    }

    @GET
    @Path("/search")
    @Operation(summary = "Search services", description = "Public. Tolerates typos, missing accents and spacing; filters are exact.")
    @APIResponse(responseCode = "200", description = "Ranked results with facet counts",
            content = @Content(schema = @Schema(implementation = SearchResultView.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchResultView search(
            @QueryParam("q") @Size(max = 200) @Parameter(example = "lesen memandu") String q,
            @QueryParam("sector") @Parameter(example = "INFRASTRUKTUR") String sector,
            @QueryParam("group") @Parameter(example = "G2C") String group,
            @QueryParam("lifeEvent") @Parameter(example = "PENGANGKUTAN") String lifeEvent,
            @QueryParam("persona") @Parameter(example = "TENAGA_KERJA_MUDA") String persona,
            @QueryParam("status") @Parameter(example = "E2E", description = "E2E, SEPARA_E2E, E_KAUNTER or MANUAL") String status,
            @Valid @BeanParam PageRequest page) {
        int offset = page.offset();
        SearchHits hits = search.search(new SearchQuery(q, sector, group, lifeEvent, persona,
                QueryEnums.parse("status", status, E2eStatus.class), offset, page.limit));
        List<SearchResultView.Item> items = hits.hits().stream().map(h -> new SearchResultView.Item(
                h.service().id(), h.service().code(), h.service().agency(), h.service().nameMs(), h.service().nameEn(),
                h.service().sector(), h.service().targetGroup(), h.service().lifeEvent(), h.service().status(),
                Math.round(h.score() * 100) / 100.0)).toList();
        String next = offset + items.size() < hits.total() ? PageRequest.cursorAt(offset + items.size()) : null;
        return new SearchResultView(q, hits.total(), items, hits.facets(), next);
    }

    @GET
    @Path("/browse/life-events")
    @Operation(summary = "Life events with their number of services", description = "Public. Optionally of one target group.")
    @APIResponse(responseCode = "200", description = "One page of life events in life-cycle order")
    public Page<BrowseEntry> lifeEvents(@QueryParam("group") @Parameter(example = "G2C") String group,
                                        @Valid @BeanParam PageRequest page) {
        ReferenceSnapshot reference = referenceData.current();
        Map<String, Integer> counts = facet(SearchIndex.LIFE_EVENT);
        return Page.slice(reference.lifeEvents().stream().filter(e -> group == null || e.parent().equals(group))
                .map(e -> entry(e, e.parent(), counts)).toList(), page);
    }

    @GET
    @Path("/browse/personas")
    @Operation(summary = "Personas with their number of services", description = "Public. The 17 citizen personas of the MyGovernment portal.")
    @APIResponse(responseCode = "200", description = "One page of personas")
    public Page<BrowseEntry> personas(@Valid @BeanParam PageRequest page) {
        Map<String, Integer> counts = facet(SearchIndex.PERSONA);
        return Page.slice(referenceData.current().personas().stream().map(p -> entry(p, null, counts)).toList(), page);
    }

    private Map<String, Integer> facet(String dimension) {
        return search.search(new SearchQuery(null, null, null, null, null, null, 0, 1)).facets().get(dimension);
    }

    private static BrowseEntry entry(ReferenceItem item, String group, Map<String, Integer> counts) {
        return new BrowseEntry(item.code(), item.nameMs(), item.nameEn(), group, counts.getOrDefault(item.code(), 0));
    }
}
