package my.gov.platform.commons.openapi;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import my.gov.platform.commons.problem.Problem;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.jboss.jandex.IndexView;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What every service's contract says the same way, written once at build time (so the document stored in
 * {@code target/openapi} is the one served): each operation's {@code security}, from the annotations the server
 * enforces; the answers commons gives for every operation ({@link SharedResponses}), the 429 as a page too where the
 * operation makes pages; the rate-limit headers on every 2xx and 4xx answer; and the length the edge allows a path,
 * query or header parameter that states none of its own.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class PlatformOpenApiFilter implements OASFilter {
    static final String BEARER = "bearer";
    static final String DPOP = "dpop";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String HTML = "text/html";
    private static final String JWT_RULES = "An RFC 9068 access token from identity-service, checked as RFC8725 (JWT Best "
            + "Current Practices) asks: signature against the issuer's published keys, issuer, audience (RFC 8707) and expiry; "
            + "tokens identity-service withdrew are refused before they expire.";

    private final Map<String, OperationAccess> access;
    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final int maxFormFieldBytes;
    private final int maxFormFields;

    public PlatformOpenApiFilter(IndexView index) {
        // Programmatic, not a mapping: this filter also runs at build time, where no CDI bean can be injected.
        Config config = ConfigProvider.getConfig();
        this.access = OperationAccess.byOperationId(index);
        this.maxUriLength = config.getValue("mygov.http.limits.max-uri-length", Integer.class);
        this.maxHeaderBytes = (int) config.getValue("mygov.http.limits.max-header-size", MemorySize.class).asLongValue();
        this.maxFormFieldBytes = (int) config.getValue("quarkus.http.limits.max-form-attribute-size", MemorySize.class)
                .asLongValue();
        this.maxFormFields = config.getValue("quarkus.http.limits.max-form-fields", Integer.class);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().setSecuritySchemes(Map.of(
                BEARER, scheme("bearer", JWT_RULES),
                DPOP, scheme("DPoP", "The same token bound to the caller's key (RFC 9449): sent as Authorization: DPoP "
                        + "with a DPoP proof header. A token that carries cnf.jkt is accepted only this way. " + JWT_RULES)));
        // Relative: the document is served by the deployment it describes, whatever its address.
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("This deployment (production, staging or local): the service that serves this document")
                .addExtension("x-internal", false)));
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(PlatformOpenApiFilter::limitByFormat);
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values()
                    .forEach(operation -> declare(operation, openAPI)));
        }
    }

    private void declare(Operation operation, OpenAPI openAPI) {
        OperationAccess who = access.getOrDefault(operation.getOperationId(), OperationAccess.PUBLIC);
        operation.setSecurity(requirements(who));
        dropBareBadRequest(operation);
        if (takesPages(operation)) {
            addMissing(operation, SharedResponses.forPagedOperations());
        }
        addMissing(operation, SharedResponses.forEveryOperation());
        if (who.secured()) {
            addMissing(operation, SharedResponses.forSecuredOperations());
        }
        APIResponse tooMany = operation.getResponses().getAPIResponse("429");
        if (makesPages(operation) && tooMany.getContent() != null && !tooMany.getContent().hasMediaType(HTML)) {
            // A browser over the rate limit is shown a page saying how long to wait (ratelimit.TooManyRequestsPage).
            tooMany.getContent().addMediaType(HTML, OASFactory.createMediaType());
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            exemplifyProblem(status, response);
            if ("429".equals(status)) {
                addHeaderIfMissing(response, "Retry-After", SharedResponses.retryAfter());
            }
            if (status.startsWith("2") || status.startsWith("4")) {
                addHeaderIfMissing(response, "RateLimit", SharedResponses.rateLimit());
                addHeaderIfMissing(response, "RateLimit-Policy", SharedResponses.rateLimitPolicy());
            }
        });
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> limit(parameter.getSchema(),
                    parameter.getIn() == Parameter.In.HEADER ? maxHeaderBytes : maxUriLength));
        }
        Schema form = formSchema(operation, openAPI);
        if (form != null) {
            limitForm(form);
        }
    }

    /**
     * SmallRye declares a bodiless "Bad Request" for an operation with validated parameters; the server answers it
     * as a problem, so the shared 400 takes its place.
     */
    private static void dropBareBadRequest(Operation operation) {
        APIResponse badRequest = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("400");
        if (badRequest != null && badRequest.getContent() == null && "Bad Request".equals(badRequest.getDescription())) {
            operation.getResponses().removeAPIResponse("400");
        }
    }

    /** Paged lists take a {@code limit} and a {@code cursor} query parameter (commons.paging.PageRequest). */
    private static boolean takesPages(Operation operation) {
        List<String> query = operation.getParameters() == null ? List.of() : operation.getParameters().stream()
                .filter(parameter -> parameter.getIn() == Parameter.In.QUERY).map(Parameter::getName).toList();
        return query.containsAll(List.of("limit", "cursor"));
    }

    /** A problem answer that shows no body of its own shows what one looks like, so no problem answer is bare. */
    private static void exemplifyProblem(String status, APIResponse response) {
        MediaType problem = response.getContent() == null ? null : response.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (problem != null && problem.getExample() == null && problem.getExamples() == null && status.matches("[45]\\d\\d")) {
            problem.setExample(SharedResponses.example(Integer.parseInt(status)));
        }
    }

    private static boolean makesPages(Operation operation) {
        return operation.getResponses().getAPIResponses().values().stream()
                .anyMatch(response -> response.getContent() != null && response.getContent().hasMediaType(HTML));
    }

    private static List<SecurityRequirement> requirements(OperationAccess who) {
        if (!who.secured()) {
            return List.of();
        }
        List<List<String>> alternatives = who.permissions().isEmpty() ? List.of(List.of())
                : who.permissions().stream().map(List::of).toList();
        return Stream.of(BEARER, DPOP).flatMap(scheme -> alternatives.stream()
                .map(scopes -> OASFactory.createSecurityRequirement().addScheme(scheme, scopes))).toList();
    }

    private static void addMissing(Operation operation, Map<String, APIResponse> responses) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        responses.forEach((status, response) -> {
            if (!operation.getResponses().hasAPIResponse(status)) {
                operation.getResponses().addAPIResponse(status, response);
            }
        });
    }

    private static void addHeaderIfMissing(APIResponse response, String name, Header header) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, header);
        }
    }

    /**
     * The edge refuses a longer URI, header block or form field (Vert.x's max-form-attribute-size), so no parameter
     * or form field that states no limit of its own is longer than it allows.
     */
    private static void limit(Schema schema, int edgeLimit) {
        if (schema != null && schema.getRef() == null && schema.getMaxLength() == null && schema.getEnumeration() == null
                && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)) {
            schema.setMaxLength(edgeLimit);
        }
    }

    /** A form's schema, its own or the component it names (a {@code MultivaluedMap} of fields, say). */
    private static Schema formSchema(Operation operation, OpenAPI openAPI) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        MediaType form = operation.getRequestBody().getContent().getMediaType(FORM);
        Schema schema = form == null ? null : form.getSchema();
        if (schema != null && schema.getRef() != null && openAPI.getComponents().getSchemas() != null) {
            schema = openAPI.getComponents().getSchemas().get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        return schema;
    }

    /** Vert.x refuses a form with more fields, or a longer field, than its limits; a form states them. */
    private void limitForm(Schema form) {
        if (form.getProperties() != null) {
            form.getProperties().values().forEach(field -> limit(field, maxFormFieldBytes));
        }
        Schema repeated = form.getAdditionalPropertiesSchema();
        if (repeated != null) {
            if (repeated.getMaxItems() == null && repeated.getType() != null && repeated.getType().contains(Schema.SchemaType.ARRAY)) {
                repeated.setMaxItems(maxFormFields);
            }
            limit(repeated.getItems(), maxFormFieldBytes);
            limit(repeated, maxFormFieldBytes);
        }
    }

    /** Values the server parses as UUIDs or RFC 3339 times cannot be longer than their format allows. */
    private static void limitByFormat(Schema schema) {
        Integer length = schema.getFormat() == null ? null : switch (schema.getFormat()) {
            case "uuid" -> 36;
            case "date" -> 10;
            case "date-time" -> 64;
            default -> null;
        };
        if (length != null && schema.getMaxLength() == null) {
            schema.setMaxLength(length);
        }
    }

    private static SecurityScheme scheme(String httpScheme, String description) {
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme(httpScheme).bearerFormat("JWT")
                .description(description);
    }
}
