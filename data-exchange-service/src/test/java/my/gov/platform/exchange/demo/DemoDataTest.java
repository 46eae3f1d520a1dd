package my.gov.platform.exchange.demo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static my.gov.platform.exchange.ExchangeFixtures.DECEASED_CITIZEN;
import static my.gov.platform.exchange.ExchangeFixtures.consumer;
import static my.gov.platform.exchange.ExchangeFixtures.query;
import static org.hamcrest.Matchers.equalTo;

/** Loads the demo data on purpose (it is off in tests) and checks the demo clients can use it. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class DemoDataTest {
    @Inject
    DemoData demoData;

    @Test
    void loadingTwiceGivesTheDemoAgenciesWorkingAgreements() {
        demoData.load();
        demoData.load();
        given().auth().oauth2(consumer("JPJ")).when().get("/v1/agreements/" + DemoData.JPJ_LICENSING)
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        query("KWAP", Map.of("product", "POPULATION", "agreementId", DemoData.KWAP_PENSIONS.toString(),
                "purposeCode", "PENSION_ADMINISTRATION", "recordKey", DECEASED_CITIZEN))
                .then().statusCode(200).body("data.dateOfDeath", equalTo("2026-11-20"));
    }
}
