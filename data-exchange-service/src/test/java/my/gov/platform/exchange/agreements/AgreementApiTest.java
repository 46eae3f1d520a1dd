package my.gov.platform.exchange.agreements;

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
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static my.gov.platform.exchange.ExchangeFixtures.PROBLEM_JSON;
import static my.gov.platform.exchange.ExchangeFixtures.agreementBody;
import static my.gov.platform.exchange.ExchangeFixtures.consumer;
import static my.gov.platform.exchange.ExchangeFixtures.owner;
import static my.gov.platform.exchange.ExchangeFixtures.requestAgreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class AgreementApiTest {

    @Test
    void requestingPersistsTheAgreementAndPublishesItsEventThroughTheBroker() {
        try (EventCapture events = EventCapture.of("exchange.events")) {
            String id = given().auth().oauth2(consumer("KWAP")).contentType(ContentType.JSON)
                    .body(agreementBody("POPULATION", List.of("fullName", "dateOfDeath"), "PENSION_ADMINISTRATION",
                            "2026-01-01", "2027-12-31", 1000))
                    .when().post("/v1/agreements")
                    .then().statusCode(201)
                    .header("Location", containsString("/v1/agreements/"))
                    .body("status", equalTo("REQUESTED"))
                    .body("providerAgency", equalTo("JPN"))
                    .body("maxClassification", equalTo("TERHAD"))
                    .extract().path("id");

            CloudEvent event = events.awaitEvent("my.gov.agreement.requested", id);
            assertThat(event.getSource().toString()).isEqualTo("/data-exchange-service");
            assertThat(event.getExtension("agency")).isEqualTo("KWAP");
            assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).contains("PENSION_ADMINISTRATION");
        }
    }

    @Test
    void theOwnerApprovesAndLaterRevokesAndEachStepIsAnnounced() {
        String id = requestAgreement("KWAP", "POPULATION", List.of("fullName"), "PENSION_ADMINISTRATION",
                "2026-01-01", "2027-12-31", 10);
        try (EventCapture events = EventCapture.of("exchange.events")) {
            given().auth().oauth2(owner("JPJ")).when().post("/v1/agreements/" + id + "/approve")
                    .then().statusCode(404).contentType(PROBLEM_JSON);
            given().auth().oauth2(owner("KWAP")).when().post("/v1/agreements/" + id + "/approve")
                    .then().statusCode(403).contentType(PROBLEM_JSON);
            given().auth().oauth2(owner("JPN")).when().post("/v1/agreements/" + id + "/approve")
                    .then().statusCode(200).body("status", equalTo("APPROVED"));
            given().auth().oauth2(owner("JPN")).when().post("/v1/agreements/" + id + "/approve")
                    .then().statusCode(409).body("type", endsWith("/problems/conflict"));
            given().auth().oauth2(owner("JPN")).contentType(ContentType.JSON).body("{\"reason\": \"Purpose ended\"}")
                    .when().post("/v1/agreements/" + id + "/revoke")
                    .then().statusCode(200).body("status", equalTo("REVOKED")).body("decisionReason", equalTo("Purpose ended"));
            events.awaitEvent("my.gov.agreement.approved", id);
            events.awaitEvent("my.gov.agreement.revoked", id);
        }
        given().auth().oauth2(consumer("KWAP")).when().get("/v1/agreements?status=REVOKED&limit=100")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(consumer("JPJ")).when().get("/v1/agreements/" + id).then().statusCode(404);
    }

    @Test
    void theOwnerMayReject() {
        String id = requestAgreement("JPJ", "POPULATION", List.of("address"), "LICENSING", "2026-01-01", "2027-12-31", 10);
        try (EventCapture events = EventCapture.of("exchange.events")) {
            given().auth().oauth2(owner("JPN")).contentType(ContentType.JSON).body("{\"reason\": \"Not needed\"}")
                    .when().post("/v1/agreements/" + id + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"));
            events.awaitEvent("my.gov.agreement.rejected", id);
        }
    }

    @Test
    void rahsiaDataCannotEvenBeRequested() {
        given().auth().oauth2(consumer("JPJ")).contentType(ContentType.JSON)
                .body(agreementBody("CRIME", List.of("reportNumber"), "LAW_ENFORCEMENT", "2026-01-01", "2027-12-31", 10))
                .when().post("/v1/agreements")
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", endsWith("/problems/classified-data"));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().auth().oauth2(consumer("JPJ")).contentType(ContentType.JSON).body("{\"productId\": ")
                .when().post("/v1/agreements")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/malformed-request"))
                .body("instance", equalTo("/v1/agreements"));
    }

    @Test
    void constraintViolationsNameEachField() {
        given().auth().oauth2(consumer("JPJ")).contentType(ContentType.JSON)
                .body(agreementBody("POPULATION", List.of(), "LICENSING", "2026-01-01", "2027-12-31", 0))
                .when().post("/v1/agreements")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/validation-failed"))
                .body("violations.field", hasItem("fields"))
                .body("violations.field", hasItem("volumeLimit"));
    }

    @Test
    void unknownIdIsNotFound() {
        given().auth().oauth2(consumer("JPJ")).when().get("/v1/agreements/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/not-found"))
                .body("detail", containsString("agreement"));
    }

    @Test
    void missingTokenIs401AndMissingScopeIs403() {
        given().contentType(ContentType.JSON).body("{}").when().post("/v1/agreements").then().statusCode(401);
        given().auth().oauth2(owner("JPN")).contentType(ContentType.JSON)
                .body(agreementBody("POPULATION", List.of("fullName"), "LICENSING", "2026-01-01", "2027-12-31", 1))
                .when().post("/v1/agreements").then().statusCode(403).body("type", endsWith("/problems/forbidden"));
    }

    @Test
    void problemTypesAndEventSchemasAreServed() {
        given().when().get("/problems/purpose-mismatch").then().statusCode(200).body("status", equalTo(403));
        given().when().get("/v1/event-schemas").then().statusCode(200)
                .body("topic", equalTo("exchange.events"))
                .body("events.type", hasItem("my.gov.exchange.completed"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/exchange/queries"));
    }
}
