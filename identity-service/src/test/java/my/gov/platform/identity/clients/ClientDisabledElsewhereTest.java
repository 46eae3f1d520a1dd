package my.gov.platform.identity.clients;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static my.gov.platform.identity.support.OAuthTestClients.secretClient;
import static my.gov.platform.identity.support.OAuthTestClients.token;
import static my.gov.platform.identity.support.OAuthTestClients.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A client disabled by another replica (here: straight in the database, as that replica's commit looks to this
 * JVM, whose change hook never hears of it) gets no token here within two seconds, long before its copy's
 * time to live has passed.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ClientDisabledElsewhereTest {
    @Inject
    ClientRegistry registry;
    @Inject
    EntityManager entityManager;
    @Inject
    IdentityConfig config;

    @Test
    void aClientDisabledElsewhereGetsNoTokenHereWithinTwoSeconds() {
        assertThat(config.memoryTimeToLive()).as("the time to live alone would take longer").isGreaterThan(Duration.ofSeconds(5));
        String clientId = uniqueId("elsewhere");
        secretClient(registry, clientId, "JPN", "exchange.query");
        token(clientId);

        QuarkusTransaction.requiringNew().run(() -> assertThat(entityManager
                .createNativeQuery("UPDATE oauth_client SET status = 'DISABLED' WHERE client_id = ?1")
                .setParameter(1, clientId).executeUpdate()).isEqualTo(1));

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().preemptive().basic(clientId, clientId + "-secret").formParam("grant_type", "client_credentials")
                        .when().post("/oauth2/token").then().statusCode(401).body("error", equalTo("invalid_client")));
    }
}
