package my.gov.platform.exchange.agreements;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static my.gov.platform.exchange.ExchangeFixtures.DEMO_CITIZEN;
import static my.gov.platform.exchange.ExchangeFixtures.PROBLEM_JSON;
import static my.gov.platform.exchange.ExchangeFixtures.agreementBody;
import static my.gov.platform.exchange.ExchangeFixtures.citizen;
import static my.gov.platform.exchange.ExchangeFixtures.consumer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The commons edge guards are active here: hostile input to agreements is refused as problems, the page carries the security headers. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class AgreementEdgeTest {
    /** A valid request; built per test, since it looks the product up over HTTP. */
    private static String valid() {
        return agreementBody("POPULATION", List.of("fullName"), "PENSION_ADMINISTRATION", "2026-01-01", "2027-12-31", 1000);
    }

    @Test
    void nulInAnAgreementsPathIsABadRequest() {
        given().urlEncodingEnabled(false).auth().oauth2(consumer("KWAP")).get("/v1/agreements/x%00y")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("path"));
    }

    @Test
    void numbersAreTakenOnlyAsWrittenAndOnlyOnce() {
        String valid = valid();
        for (String hostile : new String[]{"10.5", "\"100\"", "1000, \"volumeLimit\": 1"}) {
            given().auth().oauth2(consumer("KWAP")).contentType(ContentType.JSON)
                    .body(valid.replace("\"volumeLimit\": 1000", "\"volumeLimit\": " + hostile))
                    .when().post("/v1/agreements")
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", endsWith("/problems/malformed-request"))
                    .body("violations.field", hasItem("volumeLimit"));
        }
        given().auth().oauth2(consumer("KWAP")).contentType(ContentType.JSON)
                .body(valid.replace("Test purpose", "Test\\u0000purpose"))
                .when().post("/v1/agreements")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("purposeText"));
    }

    @Test
    void badPageParametersAndLongUrisAreProblems() {
        given().auth().oauth2(consumer("KWAP")).get("/v1/agreements?limit=abc")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("limit"));
        given().auth().oauth2(consumer("KWAP")).get("/v1/agreements?cursor=" + "x".repeat(5000))
                .then().statusCode(414).contentType(PROBLEM_JSON);
    }

    @Test
    void theMyDataPageCannotBeFramedOrSniffed() {
        given().auth().oauth2(citizen(UUID.randomUUID().toString(), DEMO_CITIZEN)).get("/my-data?lang=en").then().statusCode(200)
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
}
