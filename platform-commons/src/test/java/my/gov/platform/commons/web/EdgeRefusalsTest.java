package my.gov.platform.commons.web;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** What no service may be sent in a request line or a form: NUL, broken UTF-8 or escapes, page parameters of the wrong type. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class EdgeRefusalsTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void nulInThePathIsRefused() {
        given().urlEncodingEnabled(false).when().get("/v1/edge-probes/a%00b")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/malformed-request"))
                .body("violations.field", hasItem("path"))
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void nulOrBrokenUtf8InTheQueryIsRefusedNamingTheParameter() {
        for (String query : new String[]{"cursor=a%00", "cursor=%FF%FE", "cursor=%C3"}) {
            given().urlEncodingEnabled(false).when().get("/v1/edge-probes/name?" + query)
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("violations.field", hasItem("cursor"));
        }
    }

    @Test
    void wellFormedUtf8PassesTheEdge() {
        given().urlEncodingEnabled(false).when().get("/v1/edge-probes/caf%C3%A9?limit=5")
                .then().statusCode(200).body("name", equalTo("café")).body("limit", equalTo(5));
    }

    @Test
    void nulInAFormFieldIsRefusedNamingTheField() {
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").body("bank=MB%00B")
                .when().post("/v1/edge-probes/form")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("bank"));
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").body("bank=MBB")
                .when().post("/v1/edge-probes/form")
                .then().statusCode(200).body(equalTo("MBB"));
    }

    @Test
    void aFormWithABrokenEscapeIsABadRequest() {
        for (String broken : new String[]{"bank=%", "bank=%ZZ", "bank=MB%2"}) {
            given().contentType("application/x-www-form-urlencoded; charset=UTF-8").body(broken)
                    .when().post("/v1/edge-probes/form")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", endsWith("/problems/malformed-request"));
        }
    }

    @Test
    void invalidPageParametersAreBadRequests() {
        for (String query : new String[]{"limit=abc", "limit=0", "limit=100000", "cursor=bm90LWEtY3Vyc29y"}) {
            given().when().get("/v1/edge-probes/name?" + query)
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", endsWith("/problems/validation-failed"))
                    .body("violations.field", hasItem(query.substring(0, query.indexOf('='))));
        }
    }
}
