package my.gov.platform.catalogue.portal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two OpenAPI 3 documents operation by operation: a removed path or operation breaks
 * clients that call it, and so does a new required parameter; additions do not.
 */
public final class ContractDiff {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private ContractDiff() {
    }

    public static List<ApiChange> between(JsonNode before, JsonNode after) {
        Map<String, Map<String, JsonNode>> old = operations(before);
        Map<String, Map<String, JsonNode>> now = operations(after);
        List<ApiChange> changes = new ArrayList<>();
        for (Map.Entry<String, Map<String, JsonNode>> path : old.entrySet()) {
            Map<String, JsonNode> current = now.get(path.getKey());
            if (current == null) {
                changes.add(change(ApiChangeKind.PATH_REMOVED, path.getKey(), null, "Path " + path.getKey() + " was removed"));
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().entrySet()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                JsonNode newOperation = current.get(operation.getKey());
                if (newOperation == null) {
                    changes.add(change(ApiChangeKind.OPERATION_REMOVED, path.getKey(), method,
                            "Operation " + method + " " + path.getKey() + " was removed"));
                } else {
                    Set<String> added = new TreeSet<>(requiredParameters(newOperation));
                    added.removeAll(requiredParameters(operation.getValue()));
                    for (String parameter : added) {
                        changes.add(change(ApiChangeKind.REQUIRED_PARAMETER_ADDED, path.getKey(), method,
                                "Operation " + method + " " + path.getKey() + " now requires parameter " + parameter));
                    }
                }
            }
            for (String method : current.keySet()) {
                if (!path.getValue().containsKey(method)) {
                    String upper = method.toUpperCase(Locale.ROOT);
                    changes.add(change(ApiChangeKind.OPERATION_ADDED, path.getKey(), upper, "Operation " + upper + " " + path.getKey() + " was added"));
                }
            }
        }
        for (String path : now.keySet()) {
            if (!old.containsKey(path)) {
                changes.add(change(ApiChangeKind.PATH_ADDED, path, null, "Path " + path + " was added"));
            }
        }
        return changes;
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

    private static Set<String> requiredParameters(JsonNode operation) {
        Set<String> required = new TreeSet<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("required").asBoolean(false)) {
                required.add(parameter.path("in").asText() + ":" + parameter.path("name").asText());
            }
        }
        return required;
    }

    private static ApiChange change(ApiChangeKind kind, String path, String method, String description) {
        return new ApiChange(kind, path, method, kind.breaking(), description);
    }
}
