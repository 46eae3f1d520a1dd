package my.gov.platform.payment.trustmarks;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class TrustmarkApiTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    private static String certifier() {
        return TestTokens.agency("CSM").scopes("trustmarks.certify").token();
    }

    private static String body(String certificate) {
        return """
                {"certificateNumber": "%s", "agency": "JPJ", "applicationName": "MyJPJ Online Payment",
                 "hosts": ["bayar.jpj.gov.my"], "validFrom": "2026-01-01", "validUntil": "2027-12-31"}""".formatted(certificate);
    }

    @Test
    void issuingPersistsTheTrustmarkAndPublishesItsEventThroughTheBroker() {
        try (EventCapture events = EventCapture.of("payment.events")) {
            String id = given().auth().oauth2(certifier()).contentType(ContentType.JSON).body(body("MTSA-2026-0101"))
                    .when().post("/v1/trustmarks")
                    .then().statusCode(201)
                    .body("status", equalTo("AWAITING_MILESTONES"))
                    .extract().path("id");

            given().auth().oauth2(certifier()).when().get("/v1/trustmarks/" + id)
                    .then().statusCode(200).body("certificateNumber", equalTo("MTSA-2026-0101"));

            CloudEvent event = events.awaitEvent("my.gov.trustmark.issued", id);
            assertThat(event.getSource().toString()).isEqualTo("/payment-gateway-service");
            assertThat(event.getExtension("agency")).isEqualTo("JPJ");
            assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).contains("MTSA-2026-0101");
            assertThat(events.poll().stream().filter(r -> r.key().equals(id)).count()).isEqualTo(1);
        }
    }

    @Test
    void createdResourceHasItsLocation() {
        given().auth().oauth2(certifier()).contentType(ContentType.JSON).body(body("MTSA-2026-0102"))
                .when().post("/v1/trustmarks")
                .then().statusCode(201).header("Location", containsString("/v1/trustmarks/"));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().auth().oauth2(certifier()).contentType(ContentType.JSON).body("{\"certificateNumber\": ")
                .when().post("/v1/trustmarks")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/malformed-request"))
                .body("title", notNullValue())
                .body("instance", equalTo("/v1/trustmarks"))
                .body("status", equalTo(400));
    }

    @Test
    void unknownFieldIsRefused() {
        given().auth().oauth2(certifier()).contentType(ContentType.JSON)
                .body(body("MTSA-2026-0103").replace("{", "{\"colour\": \"blue\", "))
                .when().post("/v1/trustmarks")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/malformed-request"))
                .body("violations.field", hasItem("colour"));
    }

    @Test
    void constraintViolationsNameEachField() {
        given().auth().oauth2(certifier()).contentType(ContentType.JSON)
                .body(body("nope").replace("\"JPJ\"", "\"\""))
                .when().post("/v1/trustmarks")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/validation-failed"))
                .body("violations.field", hasItem("certificateNumber"))
                .body("violations.field", hasItem("agency"));
    }

    @Test
    void unknownIdIsNotFound() {
        given().auth().oauth2(certifier()).when().get("/v1/trustmarks/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/not-found"))
                .body("detail", containsString("trustmark"));
    }

    @Test
    void duplicateCertificateIsAConflict() {
        given().auth().oauth2(certifier()).contentType(ContentType.JSON).body(body("MTSA-2026-0104"))
                .when().post("/v1/trustmarks").then().statusCode(201);
        given().auth().oauth2(certifier()).contentType(ContentType.JSON).body(body("MTSA-2026-0104"))
                .when().post("/v1/trustmarks")
                .then().statusCode(409).contentType(PROBLEM_JSON).body("type", endsWith("/problems/conflict"));
    }

    @Test
    void missingTokenIs401AndMissingScopeIs403() {
        given().contentType(ContentType.JSON).body(body("MTSA-2026-0105"))
                .when().post("/v1/trustmarks")
                .then().statusCode(401).contentType(PROBLEM_JSON).header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2(TestTokens.agency("JPJ").scopes("payments.read").token())
                .contentType(ContentType.JSON).body(body("MTSA-2026-0105"))
                .when().post("/v1/trustmarks")
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", endsWith("/problems/forbidden"));
        given().auth().oauth2(TestTokens.agency("CSM").scopes("trustmarks.certify").issuer("https://evil.example").token())
                .when().get("/v1/trustmarks/" + UUID.randomUUID())
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void unknownRouteAndWrongMethodAreProblems() {
        given().when().get("/v1/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM_JSON).body("type", endsWith("/problems/not-found"));
        given().auth().oauth2(certifier()).when().delete("/v1/trustmarks")
                .then().statusCode(405).contentType(PROBLEM_JSON).body("type", endsWith("/problems/method-not-allowed"));
    }

    @Test
    void problemTypesAndEventSchemasAreServed() {
        given().when().get("/problems/not-found").then().statusCode(200).body("status", equalTo(404));
        given().when().get("/v1/event-schemas").then().statusCode(200)
                .body("topic", equalTo("payment.events"))
                .body("events.type", hasItem("my.gov.trustmark.issued"));
        given().when().get("/v1/event-schemas/my.gov.trustmark.issued").then().statusCode(200)
                .contentType("application/schema+json");
        given().header("X-Request-Id", "abc-123").when().get("/q/health/live")
                .then().statusCode(200).header("X-Request-Id", "abc-123");
    }
}
