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
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;

/**
 * An agreement revoked by another replica (here: straight in the database, as that replica's commit looks to
 * this JVM, whose change hook never hears of it) is refused here within two seconds, long before the cache's
 * time to live has passed; volume counted by exchanges does not make replicas drop their copies.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class RevokedElsewhereTest {
    @Inject
    EntityManager entityManager;
    @ConfigProperty(name = "mygov.exchange.cache-ttl")
    Duration cacheTtl;

    @Test
    void anAgreementRevokedElsewhereIsRefusedHereWithinTwoSeconds() {
        assertThat(cacheTtl).as("the time to live alone would take longer").isGreaterThan(Duration.ofSeconds(5));
        String agreement = approvedAgreement("KWAP", "POPULATION", "JPN", List.of("fullName"), "PENSION_ADMINISTRATION", 10);
        Map<String, Object> body = Map.of("product", "POPULATION", "agreementId", agreement,
                "purposeCode", "PENSION_ADMINISTRATION", "recordKey", DEMO_CITIZEN);
        long before = agreementsVersion();
        query("KWAP", body).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> volumeUsed(agreement) == 1);
        assertThat(agreementsVersion()).as("after an exchange counted its volume").isEqualTo(before);

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE agreement SET status = 'REVOKED' WHERE id = ?1")
                .setParameter(1, UUID.fromString(agreement)).executeUpdate());

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> query("KWAP", body).then().statusCode(403)
                .contentType(PROBLEM_JSON).body("type", endsWith("/problems/agreement-revoked")));
    }

    private long volumeUsed(String agreement) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT volume_used FROM agreement WHERE id = ?1")
                .setParameter(1, UUID.fromString(agreement)).getSingleResult()).longValue());
    }

    private long agreementsVersion() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT coalesce(max(version), 0) FROM data_version WHERE data_set = 'agreements'")
                .getSingleResult()).longValue());
    }
}
