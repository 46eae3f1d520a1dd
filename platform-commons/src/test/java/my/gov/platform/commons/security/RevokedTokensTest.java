package my.gov.platform.commons.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A revocation or a logout announced by identity-service on the real broker ends the still-valid tokens
 * it concerns here within seconds, though they were verified and remembered before.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class RevokedTokensTest {
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(10);

    @Test
    void aRevokedTokenIsRefusedWithinSecondsWhileAnotherOfTheSamePersonStillWorks() throws Exception {
        String person = UUID.randomUUID().toString();
        String jti = UUID.randomUUID().toString();
        String revoked = TestTokens.person(person, "citizen").jti(jti).token();
        String other = TestTokens.person(person, "citizen").token();
        accepted(revoked, person);
        accepted(revoked, person); // now remembered as verified

        IdentityTopic.send(IdentityTopic.event(RevokedTokens.TOKEN_REVOKED, jti, "{\"jti\":\"" + jti + "\",\"clientId\":\"demo-portal\","
                + "\"expiresAt\":\"" + Instant.now().plus(Duration.ofMinutes(10)) + "\",\"revokedAt\":\"" + Instant.now() + "\"}"), 2);

        await().atMost(WITHIN_SECONDS).untilAsserted(() -> refused(revoked));
        accepted(other, person);
    }

    @Test
    void theTokensOfAnEndedSessionAreRefusedWithinSecondsWhileThoseOfAnotherSessionStillWork() throws Exception {
        String person = UUID.randomUUID().toString();
        String endedSession = UUID.randomUUID().toString();
        String fromEndedSession = TestTokens.person(person, "citizen").sessionId(endedSession).token();
        String fromOtherSession = TestTokens.person(person, "citizen").sessionId(UUID.randomUUID().toString()).token();
        accepted(fromEndedSession, person);
        accepted(fromEndedSession, person);

        Instant endedAt = Instant.now();
        IdentityTopic.send(IdentityTopic.event(RevokedTokens.SESSION_ENDED, endedSession, "{\"sessionId\":\"" + endedSession
                + "\",\"accountId\":\"" + person + "\",\"endedAt\":\"" + endedAt + "\",\"tokensExpireBy\":\""
                + endedAt.plus(Duration.ofMinutes(10)) + "\"}"), 1);

        await().atMost(WITHIN_SECONDS).untilAsserted(() -> refused(fromEndedSession));
        accepted(fromOtherSession, person);
    }

    private static void accepted(String token, String subject) {
        given().auth().oauth2(token).when().get("/v1/whoami").then().statusCode(200).body(equalTo(subject));
    }

    private static void refused(String token) {
        given().auth().oauth2(token).when().get("/v1/whoami").then().statusCode(401).contentType("application/problem+json");
    }
}
