package my.gov.platform.commons.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A verified bearer token is accepted again without a new check, but never past its expiry or in another tenant. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class VerifiedTokensTest {
    private static final String ELSEWHERE = "urn:mygov:test:elsewhere";

    @Inject
    MeterRegistry metrics;

    @Test
    void aTokenIsRememberedAfterItsFirstCheckAndRefusedOnceItExpires() {
        String subject = UUID.randomUUID().toString();
        String token = TestTokens.person(subject, "civil-servant").expiresAt(Instant.now().plusSeconds(3)).token();
        whoAmI(token).statusCode(200).body(equalTo(subject));
        double before = hits();
        whoAmI(token).statusCode(200).body(equalTo(subject));
        assertEquals(before + 1, hits(), "the second call is answered from the remembered identity");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> whoAmI(token).statusCode(401)
                .contentType("application/problem+json"));
    }

    @Test
    void aRememberedIdentityBelongsToTheRequestAtHand() {
        String token = TestTokens.person(UUID.randomUUID().toString()).token();
        given().auth().oauth2(token).header("X-Probe", "first").when().get("/v1/whoami/probe").then()
                .statusCode(200).body(equalTo("first"));
        double before = hits();
        given().auth().oauth2(token).header("X-Probe", "second").when().get("/v1/whoami/probe").then()
                .statusCode(200).body(equalTo("second"));
        assertEquals(before + 1, hits());
    }

    @Test
    void aTokenRememberedByOneTenantIsStillCheckedByAnother() {
        String forElsewhere = TestTokens.person(UUID.randomUUID().toString()).audience(ELSEWHERE).token();
        given().auth().oauth2(forElsewhere).when().get("/v1/elsewhere/whoami").then().statusCode(200);
        given().auth().oauth2(forElsewhere).when().get("/v1/elsewhere/whoami").then().statusCode(200);
        whoAmI(forElsewhere).statusCode(401);

        String forPlatform = TestTokens.person(UUID.randomUUID().toString()).token();
        whoAmI(forPlatform).statusCode(200);
        whoAmI(forPlatform).statusCode(200);
        given().auth().oauth2(forPlatform).when().get("/v1/elsewhere/whoami").then().statusCode(401);
    }

    @Test
    void aRefusedTokenIsNotRemembered() {
        String foreign = TestTokens.person(UUID.randomUUID().toString()).issuer("https://issuer.example").token();
        double before = hits();
        whoAmI(foreign).statusCode(401);
        whoAmI(foreign).statusCode(401);
        assertEquals(before, hits());
    }

    @Test
    void aKeyBoundTokenIsCheckedOnEveryRequest() {
        String bound = TestTokens.person(UUID.randomUUID().toString()).boundToKey("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I").token();
        int first = whoAmI(bound).extract().statusCode();
        double before = hits();
        whoAmI(bound).statusCode(first);
        assertEquals(before, hits(), "a token bound to a key is never answered from memory");
    }

    private static io.restassured.response.ValidatableResponse whoAmI(String token) {
        return given().auth().oauth2(token).when().get("/v1/whoami").then();
    }

    private double hits() {
        return metrics.counter("mygov.security.verified-tokens.hits").count();
    }
}
