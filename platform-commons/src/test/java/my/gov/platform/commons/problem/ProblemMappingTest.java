package my.gov.platform.commons.problem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ProblemMappingTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void nestedViolationsNameTheJsonPath() {
        given().contentType(ContentType.JSON).body("{\"name\": \"\", \"tags\": [\"ok\", \"\"]}")
                .when().post("/v1/probes")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("tags[1]"));
    }

    @Test
    void queryParameterViolationsNameTheParameter() {
        given().when().get("/v1/probes?limit=500")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/validation-failed"))
                .body("violations.field", hasItem("limit"));
    }

    @Test
    void wrongTypeIsMalformed() {
        given().contentType(ContentType.JSON).body("{\"name\": {\"nested\": true}}")
                .when().post("/v1/probes")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("type", endsWith("/problems/malformed-request"));
    }

    @Test
    void unsupportedMediaTypeAndNotAcceptable() {
        given().contentType(ContentType.XML).body("<probe/>")
                .when().post("/v1/probes")
                .then().statusCode(415).contentType(PROBLEM_JSON).body("type", endsWith("/problems/unsupported-media-type"));
        given().accept(ContentType.XML).when().get("/v1/probes")
                .then().statusCode(406).body("type", endsWith("/problems/not-acceptable"));
    }

    @Test
    void wrongMethodIsAProblem() {
        given().when().delete("/v1/probes")
                .then().statusCode(405).contentType(PROBLEM_JSON).body("type", endsWith("/problems/method-not-allowed"));
    }

    @Test
    void problemExceptionsCarryExtensionsAndHeaders() {
        given().when().get("/v1/probes/throttled")
                .then().statusCode(429).contentType(PROBLEM_JSON)
                .header("Retry-After", equalTo("30"))
                .body("retryAfterSeconds", equalTo(30))
                .body("detail", equalTo("Slow down"));
    }

    @Test
    void unexpectedFailuresHideTheirInsides() {
        given().header("X-Request-Id", "probe-42").when().get("/v1/probes/broken")
                .then().statusCode(500).contentType(PROBLEM_JSON)
                .header("X-Request-Id", "probe-42")
                .body("type", endsWith("/problems/internal-error"))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void aCallerHangingUpMidRequestIsNotCountedAsOurFailure() {
        for (String probe : List.of("/v1/probes/hung-up", "/v1/probes/hung-up-mid-body")) {
            given().when().get(probe)
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", endsWith("/problems/malformed-request"));
        }
    }

    @Test
    void everyTypeUriExplainsItself() {
        given().when().get("/problems").then().statusCode(200).body("slug", hasItem("validation-failed"));
        given().when().get("/problems/no-such-kind").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void requestIdsAreGeneratedWhenAbsentAndInsaneOnesReplaced() {
        given().when().get("/v1/probes").then().header("X-Request-Id", notNullValue());
        given().header("X-Request-Id", "<script>").when().get("/v1/probes")
                .then().header("X-Request-Id", not(equalTo("<script>")));
    }
}
