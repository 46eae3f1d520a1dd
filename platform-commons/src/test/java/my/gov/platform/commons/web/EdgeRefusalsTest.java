package my.gov.platform.commons.web;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** What no service may be sent in a request line or a form: NUL, broken UTF-8 or escapes, page parameters of the wrong type. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class EdgeRefusalsTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @TestHTTPResource("/v1/edge-probes/form")
    URI form;

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
    void bytesThatAreNotUtf8InAFormFieldAreRefusedNamingTheField() throws Exception {
        for (String broken : new String[]{"bank=%C3%28", "bank=%C0%AF", "bank=%ED%A0%80", "bank=MB%FF"}) {
            given().contentType("application/x-www-form-urlencoded; charset=UTF-8").body(broken)
                    .when().post("/v1/edge-probes/form")
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("violations.field", hasItem("bank"));
        }
        byte[] raw = {'b', 'a', 'n', 'k', '=', 'M', (byte) 0xC3, (byte) 0x28};
        HttpResponse<String> rawAnswer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(form)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rawAnswer.statusCode()).isEqualTo(400);
        assertThat(rawAnswer.body()).contains("\"field\":\"bank\"");
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").body("bank=caf%C3%A9")
                .when().post("/v1/edge-probes/form")
                .then().statusCode(200).body(equalTo("café"));
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
