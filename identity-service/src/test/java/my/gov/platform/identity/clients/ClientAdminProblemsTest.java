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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The admin API answers malformed JSON and constraint violations with RFC 9457 problems. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class ClientAdminProblemsTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    ClientRegistry registry;

    @Test
    void malformedJsonIsAProblem() {
        given().auth().oauth2(OAuthTestClients.adminToken(registry)).contentType(ContentType.JSON).body("{\"clientId\": ")
                .when().post("/v1/clients")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/malformed-request"))
                .body("instance", equalTo("/v1/clients"));
    }

    @Test
    void constraintViolationsNameTheField() {
        given().auth().oauth2(OAuthTestClients.adminToken(registry)).contentType(ContentType.JSON)
                .body("""
                        {"clientId": "", "name": "JPJ road tax", "agency": "JPJ", "authMethod": "CLIENT_SECRET_BASIC",
                         "grantTypes": ["CLIENT_CREDENTIALS"], "scopes": ["payments.write"]}""")
                .when().post("/v1/clients")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/validation-failed"))
                .body("violations.field", hasItem("clientId"));
    }

    @Test
    void malformedAllowedResourcesAreViolationsNamingTheEntry() {
        given().auth().oauth2(OAuthTestClients.adminToken(registry)).contentType(ContentType.JSON)
                .body("""
                        {"clientId": "%s", "name": "MyGDX broker", "authMethod": "CLIENT_SECRET_BASIC",
                         "grantTypes": ["CLIENT_CREDENTIALS"], "scopes": ["registry.read"],
                         "resources": ["urn:mygov:agency:*", "agency/JPN", "urn:mygov:agency:JPN#records", "urn:mygov:**"]}"""
                        .formatted(OAuthTestClients.uniqueId("broker")))
                .when().post("/v1/clients")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/validation-failed"))
                .body("violations.field", containsInAnyOrder("resources[1]", "resources[2]", "resources[3]"))
                .body("violations.message", hasItem(containsString("must be an absolute URI")))
                .body("violations.message", hasItem(containsString("must not have a fragment")))
                .body("violations.message", hasItem(containsString("single *")));
    }
}
