package my.gov.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Checks an event against the CloudEvents attributes our conventions require and its {@code data}
 * against the JSON Schema kept in the repository under {@code event-schemas/<type>.json}.
 */
public final class EventSchemaAssert {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventSchemaAssert() {
    }

    public static void assertValid(CloudEvent event) {
        require(event.getType().matches("my\\.gov\\.[a-z-]+(\\.[a-z-]+)+"), "type " + event.getType() + " breaks my.gov.<aggregate>.<verb>");
        require(event.getSubject() != null, "event " + event.getId() + " has no subject");
        require(event.getTime() != null, "event " + event.getId() + " has no time");
        require(event.getDataSchema() != null && event.getDataSchema().toString().endsWith("/v1/event-schemas/" + event.getType()),
                "event " + event.getId() + " has no dataschema pointing at its schema");
        require(event.getData() != null, "event " + event.getId() + " has no data");
        JsonSchema schema = schemaFor(event.getType());
        try {
            JsonNode data = JSON.readTree(event.getData().toBytes());
            Set<ValidationMessage> errors = schema.validate(data);
            require(errors.isEmpty(), event.getType() + " data breaks its schema: " + errors + " in " + data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every type listed in {@code event-schemas/catalog.json} has a schema that compiles and describes
     * an object, so the contract a service publishes is complete.
     */
    public static void assertCatalogComplete() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("event-schemas/catalog.json")) {
            require(in != null, "No event-schemas/catalog.json on the classpath");
            JsonNode events = JSON.readTree(in).path("events");
            require(events.isArray() && !events.isEmpty(), "catalog.json lists no events");
            for (JsonNode event : events) {
                String type = event.path("type").asText();
                require(!event.path("description").asText().isBlank(), type + " has no description in catalog.json");
                JsonSchema schema = schemaFor(type);
                require("object".equals(schema.getSchemaNode().path("type").asText()), type + " schema does not describe an object");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonSchema schemaFor(String type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("event-schemas/" + type + ".json")) {
            require(in != null, "No schema event-schemas/" + type + ".json on the classpath");
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
