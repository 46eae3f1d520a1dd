package my.gov.platform.commons.web;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.notNullValue;

/** Requests past the size limits are answered as problems, not with the HTTP layer's empty bodies. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class HttpLimitsTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void aUriTooLongIs414() {
        given().when().get("/v1/edge-probes/name?cursor=" + "a".repeat(5000))
                .then().statusCode(414).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/uri-too-long"))
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void headersTooLargeAre431() {
        given().header("X-Padding", "a".repeat(25_000)).when().get("/v1/edge-probes/name")
                .then().statusCode(431).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/headers-too-large"));
    }

    @Test
    void aBodyTooLargeIs413() {
        String notes = "\"" + "a".repeat(70_000) + "\"";
        given().contentType(ContentType.JSON).body("{\"currency\": \"MYR\", \"notes\": [" + notes + "]}")
                .when().post("/v1/edge-probes")
                .then().statusCode(413).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/payload-too-large"));
    }
}
