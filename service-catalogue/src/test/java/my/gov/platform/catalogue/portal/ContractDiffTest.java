package my.gov.platform.catalogue.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContractDiffTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String BEFORE = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {
              "/v1/things": {"get": {}, "post": {}},
              "/v1/things/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": true}]}, "delete": {}},
              "/v1/old": {"get": {}}}}""";

    @Test
    void removalsAndNewRequiredParametersBreakAdditionsDoNot() throws Exception {
        String after = """
                {"openapi": "3.1.0", "info": {"title": "t", "version": "2"}, "paths": {
                  "/v1/things": {"get": {"parameters": [{"name": "agency", "in": "query", "required": true}]}, "post": {}, "put": {}},
                  "/v1/things/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": true}]}},
                  "/v1/new": {"get": {}}}}""";

        List<ApiChange> changes = ContractDiff.between(read(BEFORE), read(after));

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
    void anIdenticalContractHasNoChanges() throws Exception {
        assertThat(ContractDiff.between(read(BEFORE), read(BEFORE))).isEmpty();
    }

    private static JsonNode read(String json) throws Exception {
        return JSON.readTree(json);
    }
}
