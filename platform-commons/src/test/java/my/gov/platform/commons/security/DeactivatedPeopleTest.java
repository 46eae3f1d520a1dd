package my.gov.platform.commons.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** A deactivation announced by identity-service on the real broker ends the person's still-valid tokens here. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class DeactivatedPeopleTest {

    @Test
    void aDeactivatedPersonsUnexpiredTokenIsRefusedWhileOthersStillWork() throws Exception {
        String leaver = UUID.randomUUID().toString();
        String colleague = UUID.randomUUID().toString();
        String leaverToken = TestTokens.person(leaver, "civil-servant").token();
        String colleagueToken = TestTokens.person(colleague, "civil-servant").token();
        given().auth().oauth2(leaverToken).when().get("/v1/whoami").then().statusCode(200).body(equalTo(leaver));

        IdentityTopic.send(IdentityTopic.event("my.gov.user.deactivated", leaver, "{\"accountId\":\"" + leaver
                + "\",\"kind\":\"CIVIL_SERVANT\",\"agency\":\"JPJ\",\"deactivatedAt\":\"2026-11-25T08:00:00Z\",\"deactivatedBy\":\"admin\"}"), 2);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(leaverToken).when().get("/v1/whoami").then().statusCode(401)
                        .contentType("application/problem+json"));
        given().auth().oauth2(colleagueToken).when().get("/v1/whoami").then().statusCode(200).body(equalTo(colleague));
    }
}
