package my.gov.platform.commons.web;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import my.gov.platform.testing.BrokenUtf8;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** What no service may be sent in a request line, a form or a JSON body: NUL, broken UTF-8, page parameters of the wrong type. */
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
    void formFieldsThatAreNotUtf8AreRefusedNamingTheField() {
        for (String bank : new String[]{"%C3%28", "%C0%AF", "%ED%A0%80", "%FF"}) {
            given().contentType("application/x-www-form-urlencoded; charset=UTF-8").body("bank=" + bank)
                    .when().post("/v1/edge-probes/form")
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", endsWith("/problems/malformed-request"))
                    .body("violations.field", hasItem("bank"));
        }
        given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.BINARY)))
                .contentType("application/x-www-form-urlencoded").body(BrokenUtf8.replacing("bank=MBB", "B", BrokenUtf8.TRUNCATED))
                .when().post("/v1/edge-probes/form")
                .then().statusCode(400).body("violations.field", hasItem("bank"));
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").body("bank=caf%C3%A9")
                .when().post("/v1/edge-probes/form")
                .then().statusCode(200).body(equalTo("café"));
    }

    @Test
    void anEmptyFormIsServedAndAFormWithoutFieldsIsRefused() {
        given().contentType("application/x-www-form-urlencoded").when().post("/v1/edge-probes/form")
                .then().statusCode(204);
        given().contentType("application/x-www-form-urlencoded").body("&").when().post("/v1/edge-probes/form")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("form"));
    }

    @Test
    void jsonTextThatIsNotUtf8IsRefusedNamingTheField() {
        given().contentType("application/json").body(BrokenUtf8.replacing("{\"currency\":\"MYR\",\"value\":1}", "Y", BrokenUtf8.TRUNCATED))
                .when().post("/v1/edge-probes")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/malformed-request"))
                .body("violations.field", hasItem("currency"));
        // an overlong "/" and an encoded lone surrogate: Jackson alone would read both as characters
        given().contentType("application/json").body(BrokenUtf8.replacing("{\"currency\":\"MYR\",\"notes\":[\"a\",\"b\"]}", "b", BrokenUtf8.OVERLONG))
                .when().post("/v1/edge-probes")
                .then().statusCode(400).body("violations.field", hasItem("notes[1]"));
        given().contentType("application/json").body(BrokenUtf8.replacing("{\"currency\":\"MYR\"}", "R", BrokenUtf8.SURROGATE))
                .when().post("/v1/edge-probes")
                .then().statusCode(400).body("violations.field", hasItem("currency"));
        given().contentType("application/json").body("{\"currency\":\"ринггит\",\"value\":1}".getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/edge-probes")
                .then().statusCode(200).body("currency", equalTo("ринггит"));
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
