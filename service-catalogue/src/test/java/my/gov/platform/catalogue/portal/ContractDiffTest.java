package my.gov.platform.catalogue.portal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContractDiffTest {
    static final String BEFORE = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {
              "/v1/things": {"get": {}, "post": {}},
              "/v1/things/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": true}]}, "delete": {}},
              "/v1/old": {"get": {}}}}""";

    /** A create operation whose request and response bodies are components, as the suite's own documents have them. */
    static final String THINGS = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/v1/things": {"post": {
              "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewThing"}}}},
              "responses": {"201": {"description": "created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
             "components": {"schemas": {
              "NewThing": {"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string"}, "colour": {"type": "string", "enum": ["RED", "GREEN"]}, "note": {"type": "string"}}},
              "Thing": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "count": {"type": "integer"}}}}}}""";

    @Test
    void removalsAndNewRequiredParametersBreakAdditionsDoNot() {
        String after = """
                {"openapi": "3.1.0", "info": {"title": "t", "version": "2"}, "paths": {
                  "/v1/things": {"get": {"parameters": [{"name": "agency", "in": "query", "required": true}]}, "post": {}, "put": {}},
                  "/v1/things/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": true}]}},
                  "/v1/new": {"get": {}}}}""";

        List<ApiChange> changes = ContractDiff.between(BEFORE, after);

        assertThat(changes).containsExactlyInAnyOrder(
                new ApiChange(ApiChangeKind.REQUIRED_PARAMETER_ADDED, "/v1/things", "GET", true,
                        "Operation GET /v1/things now requires parameter query:agency"),
                new ApiChange(ApiChangeKind.OPERATION_ADDED, "/v1/things", "PUT", false, "Operation PUT /v1/things was added"),
                new ApiChange(ApiChangeKind.OPERATION_REMOVED, "/v1/things/{id}", "DELETE", true,
                        "Operation DELETE /v1/things/{id} was removed"),
                new ApiChange(ApiChangeKind.PATH_REMOVED, "/v1/old", null, true, "Path /v1/old was removed"),
                new ApiChange(ApiChangeKind.PATH_ADDED, "/v1/new", null, false, "Path /v1/new was added"));
    }

    @Test
    void anIdenticalContractHasNoChanges() {
        assertThat(ContractDiff.between(BEFORE, BEFORE)).isEmpty();
    }

    @Test
    void aNullableTypeOfAnOpenApi31DocumentThatChangesIsATypeChange() {
        String before = THINGS.replace("\"count\": {\"type\": \"integer\"}", "\"count\": {\"type\": [\"integer\", \"null\"]}");
        String after = THINGS.replace("\"count\": {\"type\": \"integer\"}", "\"count\": {\"type\": [\"string\", \"null\"]}");

        assertThat(ContractDiff.between(before, after)).containsExactly(new ApiChange(ApiChangeKind.TYPE_CHANGED, "/v1/things", "POST", true,
                "Operation POST /v1/things: property count of response 201 changed type from integer|null to string|null"));
    }
}
