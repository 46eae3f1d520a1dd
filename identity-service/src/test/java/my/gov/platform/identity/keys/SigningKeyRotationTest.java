package my.gov.platform.identity.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.crypto.SigningAlgorithm;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class SigningKeyRotationTest {
    @Inject
    ClientRegistry registry;
    @Inject
    IdentityConfig config;

    @Test
    void theNextKeySignsAfterRotationAndTheRetiredKeyStillVerifiesItsTokens() throws Exception {
        String admin = OAuthTestClients.uniqueId("rotator");
        OAuthTestClients.secretClient(registry, admin, null, "identity.admin");
        // Rotate the keys of the algorithm access tokens are signed with.
        SigningAlgorithm algorithm = config.accessTokenSigningAlgorithm();
        String before = OAuthTestClients.token(admin);
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();
        List<String> nextKids = given().auth().oauth2(before).when().get("/v1/signing-keys")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.algorithm == '" + algorithm + "' && it.status == 'NEXT' }.kid", String.class);
        assertThat(nextKids).hasSize(1);
        assertThat(publishedKids(algorithm)).contains(nextKids.get(0));

        given().auth().oauth2(before).contentType(ContentType.JSON).body("{\"algorithm\": \"" + algorithm + "\"}")
                .when().post("/v1/signing-keys/rotations").then().statusCode(200);

        String after = OAuthTestClients.token(admin);
        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(nextKids.get(0));
        assertThat(publishedKids(algorithm)).contains(oldKid, nextKids.get(0));
        given().auth().preemptive().basic(admin, admin + "-secret").formParam("token", before)
                .when().post("/oauth2/introspect").then().body("active", equalTo(true));
        given().auth().oauth2(after).when().get("/v1/signing-keys").then().statusCode(200)
                .body("items.find { it.kid == '" + oldKid + "' }.status", equalTo("RETIRED"));
    }

    private static List<String> publishedKids(SigningAlgorithm algorithm) throws Exception {
        return JWKSet.parse(given().get("/jwks").asString()).getKeys().stream()
                .filter(k -> algorithm.jws().equals(k.getAlgorithm())).map(JWK::getKeyID).toList();
    }
}
