package my.gov.platform.exchange.exchange;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.testing.PlatformTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static my.gov.platform.exchange.ExchangeFixtures.DEMO_CITIZEN;
import static my.gov.platform.exchange.ExchangeFixtures.PROBLEM_JSON;
import static my.gov.platform.exchange.ExchangeFixtures.approvedAgreement;
import static my.gov.platform.exchange.ExchangeFixtures.query;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;

/**
 * An agreement revoked by another replica (here: straight in the database, which this JVM's cache never
 * hears of) is refused once the cache's time to live has passed: the TTL is the bound across replicas.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class RevokedElsewhereTest {
    @Inject
    EntityManager entityManager;
    @ConfigProperty(name = "mygov.exchange.cache-ttl")
    Duration cacheTtl;

    @Test
    void anAgreementRevokedElsewhereIsRefusedOnceTheCacheTtlHasPassed() {
        String agreement = approvedAgreement("KWAP", "POPULATION", "JPN", List.of("fullName"), "PENSION_ADMINISTRATION", 10);
        Map<String, Object> body = Map.of("product", "POPULATION", "agreementId", agreement,
                "purposeCode", "PENSION_ADMINISTRATION", "recordKey", DEMO_CITIZEN);
        query("KWAP", body).then().statusCode(200);

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE agreement SET status = 'REVOKED' WHERE id = ?1")
                .setParameter(1, UUID.fromString(agreement)).executeUpdate());

        await().atMost(cacheTtl.plusSeconds(2)).untilAsserted(() -> query("KWAP", body).then().statusCode(403)
                .contentType(PROBLEM_JSON).body("type", endsWith("/problems/agreement-revoked")));
    }
}
