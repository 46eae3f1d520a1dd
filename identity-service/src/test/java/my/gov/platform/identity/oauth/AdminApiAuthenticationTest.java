package my.gov.platform.identity.oauth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/** The admin API trusts only active tokens this provider signed itself. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class AdminApiAuthenticationTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    ClientRegistry registry;

    @Test
    void forgedTokensAreRefused() throws Exception {
        String issuer = IssuerPortResource.issuer();
        JWK rsaKey = JWKSet.parse(given().get("/jwks").asString()).getKeys().stream()
                .filter(k -> JWSAlgorithm.RS256.equals(k.getAlgorithm())).findFirst().orElseThrow();
        for (String forged : new String[]{
                ForgedTokens.unsigned(issuer),
                ForgedTokens.hmacWithPublicKey(issuer, rsaKey),
                TestTokens.agency("JPJ").scopes("identity.admin").issuer(issuer).token()}) {
            given().auth().oauth2(forged).when().get("/v1/clients")
                    .then().statusCode(401).contentType(PROBLEM_JSON).header("WWW-Authenticate", containsString("Bearer"));
        }
    }

    @Test
    void missingTokenIs401MissingScopeIs403AndARevokedTokenIs401() {
        given().when().get("/v1/clients").then().statusCode(401).contentType(PROBLEM_JSON);

        String plain = OAuthTestClients.uniqueId("plain");
        OAuthTestClients.secretClient(registry, plain, "JPJ", "payments.read");
        given().auth().oauth2(OAuthTestClients.token(plain)).when().get("/v1/clients")
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", endsWith("/problems/forbidden"));

        String admin = OAuthTestClients.uniqueId("admin");
        OAuthTestClients.secretClient(registry, admin, null, "identity.admin");
        String token = OAuthTestClients.token(admin);
        given().auth().oauth2(token).when().get("/v1/clients").then().statusCode(200);
        given().auth().preemptive().basic(admin, admin + "-secret").formParam("token", token)
                .when().post("/oauth2/revoke").then().statusCode(200);
        given().auth().oauth2(token).when().get("/v1/clients").then().statusCode(401);
    }
}
