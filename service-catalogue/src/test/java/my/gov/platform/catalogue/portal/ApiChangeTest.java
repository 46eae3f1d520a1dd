package my.gov.platform.catalogue.portal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApiChangeTest {
    @Test
    void aChangelogStoredBeforeSchemaChangesWereItemisedReadsBackAsItWasWritten() throws Exception {
        String stored = """
                [{"kind": "REQUIRED_PARAMETER_ADDED", "path": "/v1/things", "method": "GET", "breaking": true,
                  "description": "Operation GET /v1/things now requires parameter query:agency"},
                 {"kind": "PATH_ADDED", "path": "/v1/new", "method": null, "breaking": false, "description": "Path /v1/new was added"}]""";

        List<ApiChange> changes = new ObjectMapper().readValue(stored, new TypeReference<>() { });

        assertThat(changes).containsExactly(
                new ApiChange(ApiChangeKind.REQUIRED_PARAMETER_ADDED, "/v1/things", "GET", true,
                        "Operation GET /v1/things now requires parameter query:agency"),
                new ApiChange(ApiChangeKind.PATH_ADDED, "/v1/new", null, false, "Path /v1/new was added"));
    }
}
