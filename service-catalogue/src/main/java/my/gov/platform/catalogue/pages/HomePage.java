package my.gov.platform.catalogue.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.catalogue.adoption.Adoptions;
import my.gov.platform.catalogue.adoption.AdoptionView;
import my.gov.platform.catalogue.reference.ReferenceData;
import my.gov.platform.catalogue.reference.ReferenceItem;
import my.gov.platform.catalogue.reference.ReferenceKind;
import my.gov.platform.catalogue.reference.ReferenceSnapshot;
import my.gov.platform.catalogue.ratings.RatingSummary;
import my.gov.platform.catalogue.ratings.RatingView;
import my.gov.platform.catalogue.ratings.Ratings;
import my.gov.platform.catalogue.search.CatalogueSearch;
import my.gov.platform.catalogue.search.SearchHits;
import my.gov.platform.catalogue.search.SearchIndex;
import my.gov.platform.catalogue.search.SearchQuery;
import my.gov.platform.catalogue.services.E2eStatus;
import my.gov.platform.catalogue.services.ServiceView;
import my.gov.platform.catalogue.services.ServiceViews;
import my.gov.platform.catalogue.services.Step;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.commons.web.PageLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** The citizen pages: search and browse, and one service with its E2E status. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages", description = "Server-rendered pages in Bahasa Melayu and English")
@RateLimited(OperationClass.PUBLIC_PAGE)
public class HomePage {
    private final Template home;
    private final Template service;
    private final CatalogueSearch search;
    private final ReferenceData referenceData;
    private final ServiceViews services;
    private final Adoptions adoption;
    private final Ratings ratings;

    HomePage(@Location("home.html") Template home, @Location("service.html") Template service, CatalogueSearch search,
             ReferenceData referenceData, ServiceViews services, Adoptions adoption, Ratings ratings) {
        this.home = home;
        this.service = service;
        this.search = search;
        this.referenceData = referenceData;
        this.services = services;
        this.adoption = adoption;
        this.ratings = ratings;
    }

    @GET
    @Operation(summary = "Home page: Carian Bestari, browsing by life event and persona")
    @APIResponse(responseCode = "200", description = "HTML page")
    public Response home(@QueryParam("q") String q, @QueryParam("sector") String sector, @QueryParam("group") String group,
                         @QueryParam("lifeEvent") String lifeEvent, @QueryParam("persona") String persona,
                         @QueryParam("status") String status, @QueryParam("lang") String queryLang, @Context HttpHeaders headers) {
        String lang = PageLanguage.of(queryLang, headers).code();
        ReferenceSnapshot reference = referenceData.current();
        E2eStatus statusFilter = Arrays.stream(E2eStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        boolean searched = !blank(q) || !blank(sector) || !blank(group) || !blank(lifeEvent) || !blank(persona) || statusFilter != null;
        SearchHits hits = search.search(new SearchQuery(q, empty(sector), empty(group), empty(lifeEvent), empty(persona), statusFilter, 0, 50));
        SearchHits all = search.search(new SearchQuery(null, null, null, null, null, null, 0, 1));
        List<PageModels.ResultRow> rows = hits.hits().stream().map(h -> new PageModels.ResultRow(h.service().id().toString(),
                "en".equals(lang) ? h.service().nameEn() : h.service().nameMs(), h.service().agency(),
                reference.name(ReferenceKind.LIFE_EVENTS, h.service().lifeEvent(), lang), h.service().status().name(),
                Formats.status(h.service().status()))).toList();
        return Pages.render(home.data("q", q == null ? "" : q)
                .data("searched", searched)
                .data("total", hits.total())
                .data("rows", rows)
                .data("sectors", options(reference.sectors(), sector, lang))
                .data("groups", options(reference.targetGroups(), group, lang))
                .data("statuses", Arrays.stream(E2eStatus.values())
                        .map(s -> new PageModels.Option(s.name(), Formats.status(s), s == statusFilter)).toList())
                .data("lifeEventGroups", lifeEventGroups(reference, all.facets().get(SearchIndex.LIFE_EVENT), lang))
                .data("personas", links(reference.personas(), all.facets().get(SearchIndex.PERSONA), lang)),
                lang, queryLang, "/" + query(q, sector, group, lifeEvent, persona, status));
    }

    @GET
    @Path("/services/{id}")
    @Transactional
    @Operation(summary = "Service page with its E2E status and the reason")
    @APIResponse(responseCode = "200", description = "HTML page")
    @APIResponse(responseCode = "404", description = "No such service",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = my.gov.platform.commons.problem.Problem.MEDIA_TYPE,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = my.gov.platform.commons.problem.Problem.class)))
    public Response service(@PathParam("id") UUID id, @QueryParam("lang") String queryLang, @Context HttpHeaders headers) {
        String lang = PageLanguage.of(queryLang, headers).code();
        boolean en = "en".equals(lang);
        ReferenceSnapshot reference = referenceData.current();
        ServiceView s = services.view(id);
        AdoptionView use = adoption.of(id);
        PageRequest firstPage = new PageRequest();
        firstPage.limit = 10;
        RatingSummary rated = ratings.summary(id, firstPage);
        List<PageModels.StepRow> steps = new ArrayList<>();
        for (int i = 0; i < s.steps().size(); i++) {
            Step step = s.steps().get(i);
            steps.add(new PageModels.StepRow(i + 1, reference.name(ReferenceKind.PROCESSES, step.process(), lang), step.channel(),
                    mode(step, en), String.join(", ", step.asksForOrEmpty()), Objects.equals(s.e2e().breakingStep(), i + 1)));
        }
        List<String> uses = new ArrayList<>();
        if (s.usesSso()) {
            uses.add("MyDigital ID (SSO)");
        }
        if (s.usesEpayment()) {
            uses.add("ePayment");
        }
        if (s.usesMygdx()) {
            uses.add("MyGDX");
        }
        PageModels.ServicePage page = new PageModels.ServicePage(s.id().toString(), s.code(), en ? s.nameEn() : s.nameMs(),
                en ? s.nameMs() : s.nameEn(), en ? s.descriptionEn() : s.descriptionMs(), s.agency(),
                reference.name(ReferenceKind.SECTORS, s.sector(), lang), reference.name(ReferenceKind.CLUSTERS, s.cluster(), lang),
                reference.name(ReferenceKind.DOMAINS, s.domain(), lang), reference.name(ReferenceKind.TARGET_GROUPS, s.targetGroup(), lang),
                reference.name(ReferenceKind.LIFE_EVENTS, s.lifeEvent(), lang),
                s.personas().stream().map(p -> reference.name(ReferenceKind.PERSONAS, p, lang)).collect(Collectors.joining(", ")),
                String.join(", ", s.channels()), s.fee().display(), uses.isEmpty() ? "–" : String.join(", ", uses),
                s.e2e().status().name(), Formats.status(s.e2e().status()), en ? s.e2e().reason() : s.e2e().reasonMs(), steps,
                s.onceOnlyBreaches().stream().map(b -> new PageModels.Breach(b.step(), b.dataItem(), b.productName())).toList(),
                use.payments(), use.paymentsTotal().display(), use.signIns(),
                rated.average() == null ? "–" : String.format("%.1f / 5", rated.average()), rated.count(),
                rated.ratings().items().stream().map(RatingView::comment).filter(Objects::nonNull).toList());
        return Pages.render(service.data("s", page), lang, queryLang, "/services/" + id);
    }

    private static String mode(Step step, boolean en) {
        return switch (step.mode()) {
            case ONLINE -> en ? "Online" : "Dalam talian";
            case COUNTER_AGENCY_COMPUTER -> en ? "At a counter (agency computer)" : "Di kaunter (komputer agensi)";
            case MANUAL_FACE_TO_FACE -> en ? "Manual / face to face" : "Manual / bersemuka";
        };
    }

    private static List<PageModels.Option> options(List<ReferenceItem> items, String selected, String lang) {
        return items.stream().map(i -> new PageModels.Option(i.code(), i.name(lang), i.code().equals(selected))).toList();
    }

    private static List<PageModels.Link> links(List<ReferenceItem> items, Map<String, Integer> counts, String lang) {
        return items.stream().map(i -> new PageModels.Link(i.code(), i.name(lang), counts.getOrDefault(i.code(), 0))).toList();
    }

    private static List<PageModels.LinkGroup> lifeEventGroups(ReferenceSnapshot reference, Map<String, Integer> counts, String lang) {
        return reference.targetGroups().stream().map(g -> new PageModels.LinkGroup(g.code(), g.code() + " – " + g.name(lang),
                links(reference.lifeEventsOf(g.code()), counts, lang))).toList();
    }

    private static String query(String... values) {
        String[] names = {"q", "sector", "group", "lifeEvent", "persona", "status"};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!blank(values[i])) {
                parts.add(names[i] + "=" + URLEncoder.encode(values[i], StandardCharsets.UTF_8));
            }
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String empty(String value) {
        return blank(value) ? null : value;
    }
}
