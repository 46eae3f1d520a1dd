package my.gov.platform.identity.oauth;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.support.ForwardedAddresses;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static my.gov.platform.identity.support.OAuthTestClients.tokenRequestFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** Guessing a client's secret from one address holds back that address, not the client. */
@QuarkusTest
@TestProfile(ForwardedAddresses.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class ClientSecretLockoutTest {
    private static final String ATTACKER = "203.0.113.66";
    private static final String AGENCY_SYSTEM = "198.51.100.20";

    @Inject
    ClientRegistry registry;

    @Test
    void threeHundredWrongSecretsAreRefused429AfterTheThresholdWhileTheClientWorksFromItsOwnAddress() {
        String clientId = OAuthTestClients.uniqueId("guessed");
        String id = OAuthTestClients.secretClient(registry, clientId, "JPJ", "payments.read").id.toString();
        String admin = OAuthTestClients.adminToken(registry);
        int refusedAsInvalid = 0;
        int heldBack = 0;
        for (int i = 1; i <= 300; i++) {
            Response answer = tokenRequestFrom(ATTACKER, clientId, "guess-" + i);
            if (i <= 10) {
                answer.then().statusCode(401).body("error", equalTo("invalid_client"));
            }
            if (answer.statusCode() == 401) {
                refusedAsInvalid++;
                continue;
            }
            answer.then().statusCode(429).contentType("application/problem+json")
                    .body("type", endsWith("/problems/too-many-requests"))
                    .header("Retry-After", matchesPattern("[1-9]\\d*"))
                    .header("RateLimit-Policy", "\"client-secret\";q=10;w=3600")
                    .header("RateLimit", matchesPattern("\"client-secret\";r=0;t=[1-9]\\d*"));
            heldBack++;
        }
        // Ten free failures, then each one waits longer (a slow machine may let a few more through), at 30 a lock.
        assertThat(refusedAsInvalid).isBetween(10, 30);
        assertThat(heldBack).isGreaterThanOrEqualTo(270);

        // Held back, the address is refused even the right secret; the agency's own system is not. (On a slow machine the
        // wait may have run out during the loop: one more guess is then counted and holds the address back again.)
        holdBack(clientId);
        tokenRequestFrom(ATTACKER, clientId, clientId + "-secret").then().statusCode(429);
        tokenRequestFrom(AGENCY_SYSTEM, clientId, clientId + "-secret").then().statusCode(200).body("access_token", notNullValue());

        holdBack(clientId);
        given().auth().oauth2(admin).get("/v1/clients/" + id).then().statusCode(200)
                .body("secretLockout.failuresLastHour", greaterThanOrEqualTo(10))
                .body("secretLockout.lockedAddresses", equalTo(List.of(ATTACKER)))
                .body("secretLockout.lockedUntil", notNullValue());
    }

    private static void holdBack(String clientId) {
        tokenRequestFrom(ATTACKER, clientId, "one-more-guess").then().statusCode(anyOf(equalTo(401), equalTo(429)));
    }

    @Test
    void theRightSecretClearsTheAddresssEarlierFailures() {
        String clientId = OAuthTestClients.uniqueId("mistyped");
        OAuthTestClients.secretClient(registry, clientId, "JPJ", "payments.read");
        String address = "198.51.100.30";
        for (int i = 0; i < 9; i++) {
            tokenRequestFrom(address, clientId, "typo").then().statusCode(401);
        }
        tokenRequestFrom(address, clientId, clientId + "-secret").then().statusCode(200);
        for (int i = 0; i < 9; i++) {
            tokenRequestFrom(address, clientId, "typo").then().statusCode(401);
        }
    }
}
