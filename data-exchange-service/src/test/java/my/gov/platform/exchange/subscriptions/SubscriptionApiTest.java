package my.gov.platform.exchange.subscriptions;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static my.gov.platform.exchange.ExchangeFixtures.DECEASED_CITIZEN;
import static my.gov.platform.exchange.ExchangeFixtures.approvedAgreement;
import static my.gov.platform.exchange.ExchangeFixtures.consumer;
import static my.gov.platform.exchange.ExchangeFixtures.owner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class SubscriptionApiTest {

    private static void subscribe(String agency, String agreement) {
        given().auth().oauth2(consumer(agency)).contentType(ContentType.JSON).body("{\"agreementId\": \"" + agreement + "\"}")
                .when().post("/v1/subscriptions").then().statusCode(201);
    }

    @Test
    void aDeathReachesOnlyTheAgencyWhoseAgreementCoversIt() {
        subscribe("KWAP", approvedAgreement("KWAP", "POPULATION", "JPN", List.of("fullName", "dateOfDeath"),
                "PENSION_ADMINISTRATION", 100));
        subscribe("JPJ", approvedAgreement("JPJ", "POPULATION", "JPN", List.of("fullName"), "LICENSING", 100));

        try (EventCapture events = EventCapture.of("exchange.events")) {
            String changeId = given().auth().oauth2(owner("JPN")).contentType(ContentType.JSON).body("""
                            {"recordKey": "%s", "changeType": "DEATH_REGISTERED", "changedFields": ["dateOfDeath"],
                             "occurredAt": "2026-11-20T08:00:00Z"}""".formatted(DECEASED_CITIZEN))
                    .when().post("/v1/products/POPULATION/changes").then().statusCode(202)
                    .extract().path("changeId");

            CloudEvent delivered = events.awaitEvent(e -> e.getType().equals("my.gov.registry-change.delivered")
                    && e.getSubject().equals(changeId) && "KWAP".equals(e.getExtension("agency")), java.time.Duration.ofSeconds(30));
            assertThat(new String(delivered.getData().toBytes(), StandardCharsets.UTF_8)).doesNotContain(DECEASED_CITIZEN);
            assertThat(events.events()).filteredOn(e -> e.getSubject().equals(changeId))
                    .extracting(e -> e.getExtension("agency")).containsOnly("KWAP");

            given().auth().oauth2(consumer("KWAP")).when().get("/v1/registry-changes/" + changeId).then().statusCode(200)
                    .body("recordKey", equalTo(DECEASED_CITIZEN)).body("changeType", equalTo("DEATH_REGISTERED"));
            given().auth().oauth2(consumer("JPJ")).when().get("/v1/registry-changes/" + changeId).then().statusCode(404);
        }
    }

    @Test
    void onlyTheOwnerReportsChanges() {
        given().auth().oauth2(owner("JPJ")).contentType(ContentType.JSON).body("""
                        {"recordKey": "x", "changeType": "DEATH_REGISTERED", "changedFields": ["dateOfDeath"],
                         "occurredAt": "2026-11-20T08:00:00Z"}""")
                .when().post("/v1/products/POPULATION/changes").then().statusCode(403);
    }
}
