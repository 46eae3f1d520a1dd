package my.gov.platform.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plausible value for an OpenAPI schema, so that a hostile request is hostile in one place only and gets past
 * the rest of the validation to the code under attack. References are followed a few levels deep; cycles end in null.
 * Never the document's examples: they name demo records (a demo citizen's MyKad), and a sample that succeeds would
 * create them in the database the service's other tests share.
 */
final class SampleValues {
    private static final int MAX_DEPTH = 5;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JsonNode document;

    SampleValues(JsonNode document) {
        this.document = document;
    }

    /** The schema a {@code $ref} names, or the schema itself. */
    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int hops = 0; resolved != null && resolved.has("$ref") && hops < MAX_DEPTH; hops++) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved == null || resolved.isMissingNode() ? JSON.objectNode() : resolved;
    }

    JsonNode sample(JsonNode schema) {
        return sample(schema, 0);
    }

    /** The text a parameter gets, unencoded. */
    String text(JsonNode schema) {
        JsonNode value = sample(schema);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private JsonNode sample(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (depth > MAX_DEPTH) {
            return JSON.nullNode();
        }
        if (resolved.has("enum") && !resolved.get("enum").isEmpty()) {
            return resolved.get("enum").get(0);
        }
        return switch (type(resolved)) {
            case "string" -> JSON.textNode(string(resolved));
            case "integer", "number" -> JSON.numberNode(resolved.path("minimum").asLong(1));
            case "boolean" -> JSON.booleanNode(true);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                array.add(sample(resolved.path("items"), depth + 1));
                yield array;
            }
            default -> object(resolved, depth);
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        schema.path("properties").properties().forEach(property -> {
            JsonNode value = sample(property.getValue(), depth + 1);
            if (!value.isNull()) {
                object.set(property.getKey(), value);
            }
        });
        return object;
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
        }
        return type.isTextual() ? type.asText() : schema.has("properties") ? "object" : "string";
    }

    private static String string(JsonNode schema) {
        return switch (schema.path("format").asText()) {
            case "uuid" -> "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a50";
            case "date-time" -> "2026-11-22T10:15:30Z";
            case "date" -> "2026-11-22";
            case "email" -> "rakyat@example.gov.my";
            case "uri", "url" -> "https://example.gov.my/fuzz";
            default -> "sample".repeat(Math.max(1, schema.path("minLength").asInt(0) / 6 + 1))
                    .substring(0, Math.max(Math.min(6, schema.path("maxLength").asInt(6)), schema.path("minLength").asInt(0)));
        };
    }
}
