package my.gov.platform.catalogue.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.catalogue.portal.ApiPortal;
import my.gov.platform.catalogue.portal.ApiSource;
import my.gov.platform.catalogue.portal.ApiVersion;
import my.gov.platform.catalogue.portal.ContractDiff;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.commons.web.PageLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The integrators' portal: every API with its reference, versions and changelog; event contracts; how to get a token. */
@Path("/portal")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
@RateLimited(OperationClass.PUBLIC_PAGE)
public class PortalPage {
    private final Template index;
    private final Template api;
    private final ApiPortal portal;
    private final ObjectMapper json;

    PortalPage(@Location("portal.html") Template index, @Location("portal-api.html") Template api, ApiPortal portal, ObjectMapper json) {
        this.index = index;
        this.api = api;
        this.portal = portal;
        this.json = json;
    }

    @GET
    @Operation(summary = "API portal")
    @APIResponse(responseCode = "200", description = "HTML page")
    public Response index(@QueryParam("lang") String queryLang, @Context HttpHeaders headers) {
        String lang = PageLanguage.of(queryLang, headers).code();
        List<PageModels.ApiRow> apis = portal.sources().stream().map(this::row).toList();
        List<PageModels.EventRow> events = portal.eventContracts().stream().map(c -> {
            List<String> types = new ArrayList<>();
            if (c.events() != null) {
                c.events().forEach(e -> types.add(e.path("type").asText()));
            }
            return new PageModels.EventRow(c.service(), c.topic() == null ? "" : c.topic(), types, c.error() == null);
        }).toList();
        String identity = portal.identityUrl();
        String curl = "curl -s -X POST " + identity + "/oauth2/token \\\n"
                + "  -u demo-agency:demo-agency-secret \\\n"
                + "  -d grant_type=client_credentials -d scope=catalogue.write\n\n"
                + "curl -s http://localhost:8084/v1/services?agency=JPJ \\\n"
                + "  -H \"Authorization: Bearer $ACCESS_TOKEN\"";
        return Pages.render(index.data("apis", apis).data("events", events).data("curl", curl).data("identity", identity),
                lang, queryLang, "/portal");
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "One API: reference and changelog")
    @APIResponse(responseCode = "200", description = "HTML page")
    @APIResponse(responseCode = "404", description = "No such API",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = my.gov.platform.commons.problem.Problem.MEDIA_TYPE,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = my.gov.platform.commons.problem.Problem.class)))
    public Response api(@PathParam("name") String name, @QueryParam("lang") String queryLang, @Context HttpHeaders headers) {
        String lang = PageLanguage.of(queryLang, headers).code();
        ApiSource source = portal.source(name);
        Optional<ApiVersion> latest = portal.latest(name);
        List<PageModels.OperationRow> operations = new ArrayList<>();
        latest.ifPresent(v -> ContractDiff.operations(read(v.document)).forEach((path, methods) -> methods.forEach((method, operation) ->
                operations.add(new PageModels.OperationRow(method.toUpperCase(Locale.ROOT), path, operation.path("summary").asText(""))))));
        List<PageModels.VersionRow> versions = portal.versions(name).stream().map(v -> new PageModels.VersionRow(
                v.apiVersion == null ? v.sha256.substring(0, 12) : v.apiVersion + " · " + v.sha256.substring(0, 12),
                Formats.time(v.fetchedAt), v.breaking,
                v.changes.stream().map(c -> new PageModels.ChangeRow(c.description(), c.breaking())).toList())).toList();
        return Pages.render(api.data("api", row(source)).data("operations", operations).data("versions", versions),
                lang, queryLang, "/portal/" + name);
    }

    private PageModels.ApiRow row(ApiSource source) {
        Optional<ApiVersion> latest = portal.latest(source.name);
        int operations = latest.map(v -> ContractDiff.operations(read(v.document)).values().stream().mapToInt(Map::size).sum()).orElse(0);
        return new PageModels.ApiRow(source.name, source.url, source.agency == null ? "" : source.agency,
                latest.map(v -> v.apiVersion == null ? "" : v.apiVersion).orElse(""),
                latest.map(v -> Formats.time(v.fetchedAt)).orElse(""), operations,
                latest.map(v -> v.breaking).orElse(false), latest.isPresent(), source.baseUrl() + "/q/swagger-ui");
    }

    private JsonNode read(String document) {
        try {
            return json.readTree(document);
        } catch (IOException e) {
            throw new IllegalStateException("A stored OpenAPI document is not JSON", e);
        }
    }
}
