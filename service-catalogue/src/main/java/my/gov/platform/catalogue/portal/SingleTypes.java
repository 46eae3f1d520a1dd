package my.gov.platform.catalogue.portal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Gives every OpenAPI 3.1 schema the single {@code type} a 3.0 schema has: openapi-diff compares
 * that field, while 3.1 documents (the suite's own among them) state types as a set, so without it
 * a property turned from integer to string would pass unseen. A nullable type counts as its other type.
 */
final class SingleTypes {
    private SingleTypes() {
    }

    static OpenAPI of(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(SingleTypes::schema);
        }
        api.getPaths().values().stream().flatMap(path -> path.readOperations().stream()).forEach(SingleTypes::operation);
        return api;
    }

    private static void operation(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> schema(parameter.getSchema()));
        }
        if (operation.getRequestBody() != null) {
            content(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null) {
            operation.getResponses().values().forEach(response -> content(response.getContent()));
        }
    }

    private static void content(Content content) {
        if (content != null) {
            content.values().stream().map(MediaType::getSchema).forEach(SingleTypes::schema);
        }
    }

    private static void schema(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        Set<String> types = schema.getTypes();
        if (schema.getType() == null && types != null) {
            List<String> named = types.stream().filter(t -> !"null".equals(t)).toList();
            if (named.size() == 1) {
                schema.setType(named.get(0));
            }
        }
        Stream.of(values(schema.getProperties()), schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(Objects::nonNull).flatMap(Collection::stream).forEach(SingleTypes::schema);
        schema(schema.getItems());
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            schema(additional);
        }
    }

    private static Collection<Schema> values(Map<String, Schema> properties) {
        return properties == null ? null : properties.values();
    }
}
