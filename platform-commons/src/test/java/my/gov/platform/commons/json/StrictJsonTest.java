package my.gov.platform.commons.json;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** JSON bodies are taken only as written: no repeated keys, no coerced numbers, no NUL in strings (web.EdgeProbeResource). */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class StrictJsonTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void nulInAJsonStringIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"currency\": \"MYR\", \"notes\": [\"ok\", \"a\\u0000b\"]}")
                .when().post("/v1/edge-probes")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("notes[1]"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"currency\": \"MYR\", \"value\": 100, \"value\": 1}")
                .when().post("/v1/edge-probes")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/malformed-request"))
                .body("violations.field", hasItem("value"))
                .body("detail", equalTo("Field 'value' is given more than once"));
    }

    @Test
    void numbersAreNotCoerced() {
        for (String value : new String[]{"10.5", "10.0", "\"100\"", "true"}) {
            given().contentType(ContentType.JSON).body("{\"currency\": \"MYR\", \"value\": " + value + "}")
                    .when().post("/v1/edge-probes")
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("violations.field", hasItem("value"));
        }
        given().contentType(ContentType.JSON).body("{\"currency\": \"MYR\", \"value\": 1050}")
                .when().post("/v1/edge-probes")
                .then().statusCode(200).body("value", equalTo(1050));
    }
}
