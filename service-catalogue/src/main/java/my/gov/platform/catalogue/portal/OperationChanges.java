package my.gov.platform.catalogue.portal;

import io.swagger.v3.oas.models.media.Schema;
import org.openapitools.openapidiff.core.model.ChangedSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes found in one operation, itemised down to the schema property that changed, each
 * with openapi-diff's verdict on whether it breaks existing clients.
 */
final class OperationChanges {
    private final String path;
    private final String method;
    private final List<ApiChange> changes = new ArrayList<>();

    OperationChanges(String path, String method) {
        this.path = path;
        this.method = method;
    }

    void add(ApiChangeKind kind, boolean breaking, String what) {
        changes.add(new ApiChange(kind, path, method, breaking, "Operation " + method + " " + path + " " + what));
    }

    private void add(ApiChangeKind kind, boolean breaking, String in, String what) {
        changes.add(new ApiChange(kind, path, method, breaking, "Operation " + method + " " + path + ": " + in + " " + what));
    }

    /** Walks a changed schema of {@code where} (the request body, a response, a parameter) property by property. */
    void schema(String where, ChangedSchema schema) {
        schema(where, "", schema);
    }

    private void schema(String where, String field, ChangedSchema schema) {
        if (schema == null) {
            return;
        }
        String in = (field.isEmpty() ? "" : "property " + field + " of ") + where;
        if (schema.isChangedType()) {
            add(ApiChangeKind.TYPE_CHANGED, schema.isCoreChanged().isIncompatible(),
                    in, "changed type from " + type(schema.getOldSchema()) + " to " + type(schema.getNewSchema()));
        }
        if (!schema.getMissingProperties().isEmpty()) {
            // openapi-diff lets an optional response property go; the house counts it as breaking all the
            // same, as clients read what they were given and its documents rarely mark response fields required.
            add(ApiChangeKind.PROPERTY_REMOVED, schema.getContext().isResponse() || schema.isCoreChanged().isIncompatible(),
                    in, "no longer has " + names(schema.getMissingProperties()));
        }
        if (!schema.getIncreasedProperties().isEmpty()) {
            add(ApiChangeKind.PROPERTY_ADDED, false, in, "now has " + names(schema.getIncreasedProperties()));
        }
        if (schema.getRequired() != null && schema.getRequired().isChanged().isDifferent()) {
            add(ApiChangeKind.REQUIRED_PROPERTIES_CHANGED, schema.getRequired().isItemsChanged().isIncompatible(),
                    in, (listed("now requires ", schema.getRequired().getIncreased())
                            + listed(" no longer requires ", schema.getRequired().getMissing())).strip());
        }
        if (schema.getEnumeration() != null && schema.getEnumeration().isChanged().isDifferent()) {
            add(ApiChangeKind.ENUM_CHANGED, schema.getEnumeration().isItemsChanged().isIncompatible(),
                    in, (listed("no longer allows ", schema.getEnumeration().getMissing())
                            + listed(" now allows ", schema.getEnumeration().getIncreased())).strip());
        }
        schema.getChangedProperties().forEach((name, property) -> schema(where, field.isEmpty() ? name : field + "." + name, property));
        schema(where, field + "[]", schema.getItems());
    }

    List<ApiChange> list() {
        return changes;
    }

    private static String type(Schema<?> schema) {
        if (schema == null) {
            return "none";
        }
        // OpenAPI 3.1 documents carry a set of types, 3.0 documents a single one.
        return schema.getTypes() != null ? String.join("|", schema.getTypes()) : Objects.toString(schema.getType(), "any");
    }

    private static String names(Map<String, ?> properties) {
        return String.join(", ", properties.keySet());
    }

    private static String listed(String label, List<?> values) {
        return values.isEmpty() ? "" : label + String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
