package my.gov.platform.commons.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import my.gov.platform.testing.DpopKey;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** RFC 9449 at a resource server: a key-bound token only with a fresh proof by its key, made for this very request. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class DpopGuardTest {
    private static final String PATH = "/v1/whoami";

    @ConfigProperty(name = "mygov.public-base-url")
    String publicBaseUrl;

    private final DpopKey key = DpopKey.generate();
    private final String subject = UUID.randomUUID().toString();
    private final String bound = TestTokens.person(subject).boundToKey(key.thumbprint()).token();

    @Test
    void aBoundTokenWithAProofByItsKeyIsAccepted() {
        dpop(bound, key.proof("GET", url(), bound)).statusCode(200).body(equalTo(subject));
    }

    @Test
    void aBoundTokenPresentedAsBearerIsRefused() {
        given().auth().oauth2(bound).when().get(PATH).then().statusCode(401)
                .header("WWW-Authenticate", containsString("DPoP error=\"invalid_token\""))
                .contentType("application/problem+json").body("type", endsWith("/problems/key-bound-token"));
    }

    @Test
    void aProofIsAcceptedOnce() {
        String proof = key.proof("GET", url(), bound);
        dpop(bound, proof).statusCode(200);
        refusedProof(dpop(bound, proof)).body("detail", containsString("used before"));
    }

    @Test
    void aProofForAnotherMethodUrlTokenOrTimeIsRefused() {
        refusedProof(dpop(bound, key.proof("POST", url(), bound)));
        refusedProof(dpop(bound, key.proof("GET", publicBaseUrl + "/v1/elsewhere/whoami", bound)));
        refusedProof(dpop(bound, key.proof("GET", "http://127.0.0.1:1" + PATH, bound)));
        refusedProof(dpop(bound, key.proof("GET", url(), TestTokens.person(subject).boundToKey(key.thumbprint()).token())));
        refusedProof(dpop(bound, key.proof("GET", url(), bound, Instant.now().minusSeconds(300), UUID.randomUUID().toString())));
        refusedProof(given().header("Authorization", "DPoP " + bound).when().get(PATH).then());
    }

    @Test
    void aProofByAnotherKeyIsRefused() {
        DpopKey other = DpopKey.generate();
        dpop(bound, other.proof("GET", url(), bound)).statusCode(401)
                .header("WWW-Authenticate", containsString("DPoP error=\"invalid_token\""))
                .body("detail", containsString("another key"));
    }

    @Test
    void anUnboundTokenStaysABearerToken() {
        String unbound = TestTokens.person(subject).token();
        given().auth().oauth2(unbound).when().get(PATH).then().statusCode(200).body(equalTo(subject));
        dpop(unbound, key.proof("GET", url(), unbound)).statusCode(401);
    }

    @Test
    void theQueryIsNotPartOfTheProvenUrl() {
        given().header("Authorization", "DPoP " + bound).header("DPoP", key.proof("GET", url(), bound))
                .queryParam("probe", "1").when().get(PATH).then().statusCode(200);
    }

    private String url() {
        return publicBaseUrl + PATH;
    }

    private static ValidatableResponse dpop(String token, String proof) {
        return given().header("Authorization", "DPoP " + token).header("DPoP", proof).when().get(PATH).then();
    }

    private static ValidatableResponse refusedProof(ValidatableResponse response) {
        return response.statusCode(401).header("WWW-Authenticate", containsString("DPoP error=\"invalid_dpop_proof\""))
                .contentType("application/problem+json").body("type", endsWith("/problems/invalid-dpop-proof"));
    }
}
