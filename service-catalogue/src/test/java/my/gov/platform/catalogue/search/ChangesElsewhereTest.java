package my.gov.platform.catalogue.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.commons.changes.DataVersions;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * A change written straight to the database (as another replica's would be: this JVM's change hook never
 * hears of it) is noticed within two seconds and then reaches search once the index is rebuilt (which
 * on a loaded test machine alone can take seconds).
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ChangesElsewhereTest {
    @Inject
    EntityManager entityManager;
    @Inject
    DataVersions dataVersions;

    @Test
    void aServiceChangedElsewhereIsNoticedWithinTwoSecondsAndThenFoundAndNoLongerFound() {
        String word = "Zerambutan" + (System.nanoTime() % 100000);
        String code = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT code FROM catalogue_service ORDER BY code LIMIT 1").getSingleResult());
        given().queryParam("q", word).when().get("/v1/search").then().statusCode(200).body("total", equalTo(0));

        changeElsewhere("UPDATE catalogue_service SET description_en = description_en || ' ' || ?1 WHERE code = ?2", word, code);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().queryParam("q", word).when().get("/v1/search").then().statusCode(200)
                        .body("items.code", hasItem(code)));

        changeElsewhere("UPDATE catalogue_service SET description_en = replace(description_en, ' ' || ?1, '') WHERE code = ?2", word, code);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().queryParam("q", word).when().get("/v1/search").then().statusCode(200)
                        .body("items.code", not(hasItem(code))));
    }

    private void changeElsewhere(String sql, String word, String code) {
        long version = QuarkusTransaction.requiringNew().call(() -> {
            assertThat(entityManager.createNativeQuery(sql).setParameter(1, word).setParameter(2, code).executeUpdate()).isEqualTo(1);
            return ((Number) entityManager.createNativeQuery("SELECT version FROM data_version WHERE data_set = ?1")
                    .setParameter(1, ChangesElsewhere.DATA_SET).getSingleResult()).longValue();
        });
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> dataVersions.seenVersion(ChangesElsewhere.DATA_SET) >= version);
    }
}
