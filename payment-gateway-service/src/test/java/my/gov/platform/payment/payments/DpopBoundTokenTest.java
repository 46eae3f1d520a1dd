package my.gov.platform.payment.payments;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import my.gov.platform.testing.DpopKey;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** An agency system whose token is bound to its DPoP key reads its payments only with a fresh proof by that key. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class DpopBoundTokenTest {
    @ConfigProperty(name = "mygov.public-base-url")
    String publicBaseUrl;

    @Test
    void aBoundAgencyTokenNeedsItsProofAndEachProofServesOnce() {
        DpopKey key = DpopKey.generate();
        String bound = TestTokens.agency("JPJ").scopes("payments.read").boundToKey(key.thumbprint()).token();

        given().auth().oauth2(bound).when().get("/v1/payments").then().statusCode(401)
                .header("WWW-Authenticate", containsString("DPoP error=\"invalid_token\""));

        String proof = key.proof("GET", publicBaseUrl + "/v1/payments", bound);
        given().header("Authorization", "DPoP " + bound).header("DPoP", proof).when().get("/v1/payments").then().statusCode(200);
        given().header("Authorization", "DPoP " + bound).header("DPoP", proof).when().get("/v1/payments").then().statusCode(401)
                .header("WWW-Authenticate", containsString("DPoP error=\"invalid_dpop_proof\""));
        given().header("Authorization", "DPoP " + bound).header("DPoP", DpopKey.generate().proof("GET", publicBaseUrl + "/v1/payments", bound))
                .when().get("/v1/payments").then().statusCode(401);
    }
}
