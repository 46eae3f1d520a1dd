package my.gov.platform.identity.oauth;

import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.identity.crypto.SigningAlgorithm;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/** A token this provider really signed, but for another audience, opens nothing here. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class AudienceCheckTest {
    @Inject
    TokenSigner signer;

    @Test
    void aGenuinelySignedTokenForAnotherAudienceIsRefused() {
        JWTClaimsSet ours = ForgedTokens.adminClaims(IssuerPortResource.issuer());
        JWTClaimsSet theirs = new JWTClaimsSet.Builder(ours).audience("some-other-api").build();

        given().auth().oauth2(signer.sign(ours, SigningAlgorithm.RS256, TokenSigner.ACCESS_TOKEN_TYPE))
                .when().get("/v1/clients").then().statusCode(200);
        given().auth().oauth2(signer.sign(theirs, SigningAlgorithm.RS256, TokenSigner.ACCESS_TOKEN_TYPE))
                .when().get("/v1/clients").then().statusCode(401).contentType("application/problem+json");
    }
}
