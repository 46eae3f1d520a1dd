package my.gov.platform.catalogue.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.Endpoint;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two OpenAPI 3 documents through openapi-diff and lists the changes an integrator cares
 * about; whether a change breaks existing clients is openapi-diff's verdict (a removed operation,
 * a new required input, a removed response property, a narrowed request enum, a changed type).
 */
public final class ContractDiff {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private ContractDiff() {
    }

    /** @throws IllegalArgumentException when either document cannot be read as OpenAPI 3 */
    public static List<ApiChange> between(String before, String after) {
        ChangedOpenApi diff;
        try {
            diff = OpenApiCompare.fromSpecifications(parse(before), parse(after));
        } catch (RuntimeException e) {
            // The documents are agencies' input; whatever openapi-diff cannot follow (a $ref to a
            // missing component, say) is a document the portal cannot compare, not a fault of ours.
            throw new IllegalArgumentException("the documents cannot be compared: " + e.getMessage(), e);
        }
        List<ApiChange> changes = new ArrayList<>();
        endpoints(diff.getMissingEndpoints(), diff.getNewSpecOpenApi(), true, changes);
        endpoints(diff.getNewEndpoints(), diff.getOldSpecOpenApi(), false, changes);
        for (ChangedOperation operation : diff.getChangedOperations()) {
            changes.addAll(changesOf(operation));
        }
        return changes;
    }

    private static OpenAPI parse(String document) {
        ParseOptions options = new ParseOptions();
        // Never follow a $ref out of the document: the URLs in an agency's document are not
        // vetted by the outbound policy, and the comparison only needs the document's own components.
        options.setResolve(false);
        OpenAPI api = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
        if (api == null || api.getPaths() == null) {
            throw new IllegalArgumentException("not an OpenAPI 3 document");
        }
        return SingleTypes.of(api);
    }

    /** A whole path gone (or new) is one change; otherwise one change per operation. */
    private static void endpoints(List<Endpoint> endpoints, OpenAPI other, boolean removed, List<ApiChange> changes) {
        Set<String> wholePaths = new TreeSet<>();
        for (Endpoint endpoint : endpoints) {
            String path = endpoint.getPathUrl();
            if (!other.getPaths().containsKey(path)) {
                if (wholePaths.add(path)) {
                    changes.add(removed
                            ? new ApiChange(ApiChangeKind.PATH_REMOVED, path, null, true, "Path " + path + " was removed")
                            : new ApiChange(ApiChangeKind.PATH_ADDED, path, null, false, "Path " + path + " was added"));
                }
            } else {
                String method = endpoint.getMethod().name();
                String operation = "Operation " + method + " " + path;
                changes.add(removed
                        ? new ApiChange(ApiChangeKind.OPERATION_REMOVED, path, method, true, operation + " was removed")
                        : new ApiChange(ApiChangeKind.OPERATION_ADDED, path, method, false, operation + " was added"));
            }
        }
    }

    private static List<ApiChange> changesOf(ChangedOperation operation) {
        OperationChanges changes = new OperationChanges(operation.getPathUrl(), operation.getHttpMethod().name());
        if (operation.getParameters() != null) {
            for (Parameter added : operation.getParameters().getIncreased()) {
                if (Boolean.TRUE.equals(added.getRequired())) {
                    changes.add(ApiChangeKind.REQUIRED_PARAMETER_ADDED, true, "now requires parameter " + added.getIn() + ":" + added.getName());
                }
            }
            for (Parameter missing : operation.getParameters().getMissing()) {
                changes.add(ApiChangeKind.PARAMETER_REMOVED, operation.getParameters().isCoreChanged().isIncompatible(),
                        "no longer takes parameter " + missing.getIn() + ":" + missing.getName());
            }
            for (ChangedParameter changed : operation.getParameters().getChanged()) {
                String where = "parameter " + changed.getIn() + ":" + changed.getName();
                if (changed.isChangeRequired() && Boolean.TRUE.equals(changed.getNewParameter().getRequired())) {
                    changes.add(ApiChangeKind.REQUIRED_PARAMETER_ADDED, true, "now requires " + where);
                }
                changes.schema(where, changed.getSchema());
            }
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().getChanged().forEach((type, media) -> changes.schema("the request body", media.getSchema()));
        }
        if (operation.getApiResponses() != null) {
            operation.getApiResponses().getMissing().keySet().forEach(status ->
                    changes.add(ApiChangeKind.RESPONSE_REMOVED, operation.getApiResponses().isCoreChanged().isIncompatible(), "no longer answers " + status));
            operation.getApiResponses().getChanged().forEach((status, response) -> {
                if (response.getContent() != null) {
                    response.getContent().getChanged().forEach((type, media) -> changes.schema("response " + status, media.getSchema()));
                }
            });
        }
        // openapi-diff judges more than is itemised here (constraints, content types, security);
        // its verdict on the whole operation is never lost.
        if (operation.isChanged().isIncompatible() && changes.list().stream().noneMatch(ApiChange::breaking)) {
            changes.add(ApiChangeKind.OPERATION_CHANGED, true, "changed in a way existing clients may not accept");
        }
        return changes.list();
    }

    /** path -> (lower-case method -> operation), sorted for a stable changelog. */
    public static Map<String, Map<String, JsonNode>> operations(JsonNode document) {
        Map<String, Map<String, JsonNode>> operations = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Map<String, JsonNode> methods = new TreeMap<>();
            path.getValue().fields().forEachRemaining(e -> {
                if (METHODS.contains(e.getKey())) {
                    methods.put(e.getKey(), e.getValue());
                }
            });
            operations.put(path.getKey(), methods);
        }
        return operations;
    }
}
