package my.gov.platform.commons.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;

/**
 * The event contract of this service's topic: which CloudEvents types it publishes and the JSON
 * Schema of each one's {@code data}. Public, like the OpenAPI document.
 */
@Path("/v1/event-schemas")
@Tag(name = "Event contracts", description = "CloudEvents published on this service's Kafka topic")
public class EventSchemasResource {
    public static final String SCHEMA_MEDIA_TYPE = "application/schema+json";

    private final EventSchemas schemas;
    private final ObjectMapper json;
    private final String topic;
    private final String publicBaseUrl;

    EventSchemasResource(EventSchemas schemas, ObjectMapper json,
                         EventsConfig config) {
        this.schemas = schemas;
        this.json = json;
        this.topic = config.events().topic();
        this.publicBaseUrl = config.publicBaseUrl();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the event types on this service's topic",
            description = "Reads event-schemas/catalog.json: the topic, and for each type a description and its schema URL.")
    @APIResponse(responseCode = "200", description = "The topic's event contract")
    public JsonNode catalog() throws IOException {
        ObjectNode catalog = (ObjectNode) json.readTree(schemas.schema("catalog")
                .orElseThrow(() -> ProblemException.notFound("event catalogue", topic)));
        catalog.put("topic", topic);
        catalog.withArray("events").forEach(event -> ((ObjectNode) event)
                .put("schema", publicBaseUrl + "/v1/event-schemas/" + event.get("type").asText()));
        return catalog;
    }

    @GET
    @Path("/{type}")
    @Produces({SCHEMA_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Get the JSON Schema of one event type's data")
    @APIResponse(responseCode = "200", description = "JSON Schema (draft 2020-12)",
            content = @Content(mediaType = SCHEMA_MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such event type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response schema(@PathParam("type") String type) {
        String schema = schemas.schema(type).filter(s -> !"catalog".equals(type))
                .orElseThrow(() -> ProblemException.notFound("event type", type));
        return Response.ok(schema, SCHEMA_MEDIA_TYPE).build();
    }
}
