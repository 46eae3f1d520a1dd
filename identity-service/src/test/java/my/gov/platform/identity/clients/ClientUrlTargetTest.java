package my.gov.platform.identity.clients;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A client's jwksUri and backchannelLogoutUri cannot point this service at internal systems. The
 * test allow-list admits 127.0.0.1 (where the tests' agency sites listen) and nothing else.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class ClientUrlTargetTest {
    @Inject
    ClientRegistry registry;

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:{port}/jwks.json", "https://[::1]:{port}/jwks.json", "https://10.0.0.1/jwks.json",
            "https://169.254.169.254/latest/meta-data/", "https://[fd00::1]/jwks.json", "https://[::ffff:127.0.0.1]/jwks.json",
            "https://100.64.0.1/jwks.json"})
    void aJwksUriOnAnInternalOrUnlistedTargetIsRefused(String template) {
        register("PRIVATE_KEY_JWT", "jwksUri", template).statusCode(400).body("violations[0].field", equalTo("jwksUri"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:{port}/bcl", "https://192.168.0.10/bcl", "https://169.254.169.254/bcl"})
    void aBackChannelLogoutUriOnAnInternalOrUnlistedTargetIsRefused(String template) {
        register("CLIENT_SECRET_BASIC", "backchannelLogoutUri", template).statusCode(400)
                .body("violations[0].field", equalTo("backchannelLogoutUri"));
    }

    private io.restassured.response.ValidatableResponse register(String authMethod, String field, String template) {
        String url = template.replace("{port}", Integer.toString(RestAssured.port));
        return given().auth().oauth2(OAuthTestClients.adminToken(registry)).contentType(ContentType.JSON).body("""
                        {"clientId": "%s", "name": "Probe", "agency": "JPJ", "authMethod": "%s",
                         "grantTypes": ["CLIENT_CREDENTIALS"], "scopes": ["payments.write"], "%s": "%s"}"""
                        .formatted(OAuthTestClients.uniqueId("probe"), authMethod, field, url))
                .when().post("/v1/clients").then().contentType("application/problem+json");
    }
}
