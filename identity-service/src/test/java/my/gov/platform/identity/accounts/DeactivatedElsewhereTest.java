package my.gov.platform.identity.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.oauth.AccessTokens;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static my.gov.platform.identity.support.TestPeople.activeCitizen;
import static my.gov.platform.identity.support.TestPeople.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A person deactivated by another replica (here: straight in the database, which this JVM's change hook never
 * hears of) holds no active token here within two seconds; an update that leaves the status alone does not
 * make every replica drop its account statuses.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class DeactivatedElsewhereTest {
    @Inject
    AccountService accounts;
    @Inject
    AccessTokens tokens;
    @Inject
    ClientRegistry registry;
    @Inject
    EntityManager entityManager;

    @Test
    void aPersonDeactivatedElsewhereHoldsNoActiveTokenHereWithinTwoSeconds() {
        Account person = activeCitizen(accounts, "Nasi-Lemak-Pedas-2026");
        String token = tokenFor(person, tokens, registry);
        given().auth().oauth2(token).when().get("/userinfo").then().statusCode(200);

        long before = statusesVersion();
        changeElsewhere("UPDATE account SET email_verified = email_verified WHERE id = ?1", person);
        assertThat(statusesVersion()).as("an update leaving the status alone").isEqualTo(before);
        changeElsewhere("UPDATE account SET status = 'DEACTIVATED' WHERE id = ?1", person);
        assertThat(statusesVersion()).as("a status change").isGreaterThan(before);

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/userinfo").then().statusCode(401));
    }

    private void changeElsewhere(String sql, Account person) {
        QuarkusTransaction.requiringNew().run(() -> assertThat(entityManager.createNativeQuery(sql)
                .setParameter(1, person.id).executeUpdate()).isEqualTo(1));
    }

    private long statusesVersion() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT coalesce(max(version), 0) FROM data_version WHERE data_set = ?1")
                .setParameter(1, AccountStatuses.DATA_SET).getSingleResult()).longValue());
    }
}
