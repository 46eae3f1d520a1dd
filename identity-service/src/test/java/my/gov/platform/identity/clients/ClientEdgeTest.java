package my.gov.platform.identity.clients;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The commons edge guards are active here: hostile input to the admin API is refused as problems, pages carry the security headers. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class ClientEdgeTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    ClientRegistry registry;

    @Test
    void nulInAClientsPathIsABadRequest() {
        given().urlEncodingEnabled(false).auth().oauth2(OAuthTestClients.adminToken(registry)).get("/v1/clients/x%00y")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("path"));
    }

    @Test
    void aFieldGivenTwiceOrHoldingNulIsRefusedNamingIt() {
        String body = """
                {"clientId": "%s", "name": "JPJ road tax", "agency": "JPJ", "authMethod": "CLIENT_SECRET_BASIC",
                 "grantTypes": ["CLIENT_CREDENTIALS"], "scopes": ["payments.write"]}""".formatted(OAuthTestClients.uniqueId("edge"));
        for (String hostile : new String[]{"\"JPJ road tax\", \"name\": \"Other\"", "\"JPJ\\u0000road tax\""}) {
            given().auth().oauth2(OAuthTestClients.adminToken(registry)).contentType(ContentType.JSON)
                    .body(body.replace("\"JPJ road tax\"", hostile))
                    .when().post("/v1/clients")
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", endsWith("/problems/malformed-request"))
                    .body("violations.field", hasItem("name"));
        }
    }

    @Test
    void longUrisAreProblems() {
        given().get("/signup?lang=" + "x".repeat(5000)).then().statusCode(414).contentType(PROBLEM_JSON);
    }

    @Test
    void theSignUpPageCannotBeFramedOrSniffed() {
        given().get("/signup?lang=en").then().statusCode(200)
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
}
