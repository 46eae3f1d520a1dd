package my.gov.platform.catalogue.services;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The commons edge guards are active here: hostile input to services is refused as problems, pages carry the security headers. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ServiceEdgeTest {
    private static final String PROBLEM_JSON = "application/problem+json";


    @Test
    void nulInAServicesPathOrQueryIsABadRequest() {
        given().urlEncodingEnabled(false).get("/v1/services/x%00y")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("path"));
        given().urlEncodingEnabled(false).get("/v1/search?q=lesen%00")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("q"));
    }

    @Test
    void theFeeIsTakenOnlyAsWrittenAndOnlyOnce() throws JsonProcessingException {
        String valid = new ObjectMapper().writeValueAsString(ServiceBodies.service(ServiceBodies.uniqueCode("JPJ-EDGE"), "OO"));
        for (String hostile : new String[]{"10.5", "\"100\"", "3000, \"value\": 1"}) {
            given().auth().oauth2(ServiceApiTest.jpj()).contentType(ContentType.JSON)
                    .body(valid.replace("\"value\":3000", "\"value\":" + hostile))
                    .when().post("/v1/services")
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", endsWith("/problems/malformed-request"))
                    .body("violations.field", hasItem("fee.value"));
        }
        given().auth().oauth2(ServiceApiTest.jpj()).contentType(ContentType.JSON).body(valid)
                .when().post("/v1/services").then().statusCode(201).body("fee.value", equalTo(3000));
    }

    @Test
    void badPageParametersAndLongUrisAreProblems() {
        for (String query : new String[]{"limit=abc", "limit=0", "limit=100000", "cursor=bm90LWEtY3Vyc29y"}) {
            given().get("/v1/services?" + query).then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", endsWith("/problems/validation-failed"));
        }
        given().get("/v1/services?cursor=" + "x".repeat(5000)).then().statusCode(414).contentType(PROBLEM_JSON);
    }

    @Test
    void theCataloguePagesCannotBeFramedOrSniffed() {
        given().get("/").then().statusCode(200)
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
}
