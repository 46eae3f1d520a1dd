package my.gov.platform.exchange.exchange;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static my.gov.platform.exchange.ExchangeFixtures.DECEASED_CITIZEN;
import static my.gov.platform.exchange.ExchangeFixtures.DEMO_CITIZEN;
import static my.gov.platform.exchange.ExchangeFixtures.PROBLEM_JSON;
import static my.gov.platform.exchange.ExchangeFixtures.admin;
import static my.gov.platform.exchange.ExchangeFixtures.approvedAgreement;
import static my.gov.platform.exchange.ExchangeFixtures.completedReceipt;
import static my.gov.platform.exchange.ExchangeFixtures.consumer;
import static my.gov.platform.exchange.ExchangeFixtures.owner;
import static my.gov.platform.exchange.ExchangeFixtures.query;
import static my.gov.platform.exchange.ExchangeFixtures.requestAgreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ExchangeApiTest {

    private static Map<String, Object> body(String product, String agreementId, String purpose, String key, String... fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("product", product);
        if (agreementId != null) {
            body.put("agreementId", agreementId);
        }
        body.put("purposeCode", purpose);
        body.put("recordKey", key);
        if (fields.length > 0) {
            body.put("fields", List.of(fields));
        }
        return body;
    }

    /** Returns the refusal's query id. */
    private static String refused(String consumer, Map<String, Object> body, int status, String type) {
        return query(consumer, body).then().statusCode(status).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/" + type))
                .body("queryId", notNullValue())
                .body("data", nullValue())
                .extract().path("queryId");
    }

    @Test
    void onlyAgreedFieldsLeaveTheBrokerWithProvenanceAndAnEvent() {
        String agreement = approvedAgreement("KWAP", "POPULATION", "JPN", List.of("fullName", "dateOfDeath"),
                "PENSION_ADMINISTRATION", 100);
        try (EventCapture events = EventCapture.of("exchange.events")) {
            Map<String, Object> data = query("KWAP", body("POPULATION", agreement, "PENSION_ADMINISTRATION", DECEASED_CITIZEN))
                    .then().statusCode(200)
                    .body("provenance.sourceAgency", equalTo("JPN"))
                    .body("provenance.productCode", equalTo("POPULATION"))
                    .body("provenance.asOf", notNullValue())
                    .body("releasedFields", equalTo(List.of("fullName", "dateOfDeath")))
                    .extract().path("data");
            assertThat(data).containsOnlyKeys("fullName", "dateOfDeath");
            String queryId = query("KWAP", body("POPULATION", agreement, "PENSION_ADMINISTRATION", DEMO_CITIZEN))
                    .then().statusCode(200).body("data.fullName", equalTo("Ahmad bin Abdullah"))
                    .extract().path("queryId");

            CloudEvent event = events.awaitEvent("my.gov.exchange.completed", queryId);
            String payload = new String(event.getData().toBytes(), StandardCharsets.UTF_8);
            assertThat(payload).contains("fullName").doesNotContain(DEMO_CITIZEN).doesNotContain("Ahmad");
        }
        refused("KWAP", body("POPULATION", agreement, "PENSION_ADMINISTRATION", DEMO_CITIZEN, "address"), 403, "field-not-agreed");
    }

    @Test
    void theConsumerGetsAReceiptWithTheHashOfTheProvidersAnswer() {
        String queryId = query("JPJ", body("COMPANY", null, "LICENSING", "202001000003")).then().statusCode(200)
                .extract().path("queryId");
        assertThat(completedReceipt("JPJ", queryId))
                .containsEntry("outcome", "COMPLETED")
                .hasEntrySatisfying("requestHash", hash -> assertThat((String) hash).matches("[0-9a-f]{64}"))
                .hasEntrySatisfying("responseHash", hash -> assertThat((String) hash).matches("[0-9a-f]{64}"));
        given().auth().oauth2(consumer("KWAP")).when().get("/v1/exchange/queries/" + queryId + "/receipt").then().statusCode(404);
    }

    @Test
    void openDataNeedsNoAgreementButClassifiedFieldsDo() {
        query("JPJ", body("COMPANY", null, "LICENSING", "202001000001")).then().statusCode(200)
                .body("data.companyName", notNullValue())
                .body("data.directors", nullValue());
        refused("JPJ", body("COMPANY", null, "LICENSING", "202001000001", "directors"), 403, "agreement-required");
    }

    @Test
    void rahsiaDataIsRefused() {
        try (EventCapture events = EventCapture.of("exchange.events")) {
            String queryId = query("JPJ", body("CRIME", null, "LAW_ENFORCEMENT", "RPT-1")).then().statusCode(403)
                    .contentType(PROBLEM_JSON).body("type", endsWith("/problems/classified-data"))
                    .extract().path("queryId");
            CloudEvent event = events.awaitEvent("my.gov.exchange.refused", queryId);
            assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).contains("classified-data");
        }
    }

    @Test
    void aWrongPurposeIsRefused() {
        String agreement = approvedAgreement("KWAP", "POPULATION", "JPN", List.of("fullName"), "PENSION_ADMINISTRATION", 10);
        refused("KWAP", body("POPULATION", agreement, "LAW_ENFORCEMENT", DEMO_CITIZEN), 403, "purpose-mismatch");
    }

    @Test
    void anExpiredAgreementIsRefused() {
        String agreement = requestAgreement("KWAP", "POPULATION", List.of("fullName"), "PENSION_ADMINISTRATION",
                "2020-01-01", "2020-12-31", 10);
        given().auth().oauth2(owner("JPN")).when().post("/v1/agreements/" + agreement + "/approve").then().statusCode(200);
        refused("KWAP", body("POPULATION", agreement, "PENSION_ADMINISTRATION", DEMO_CITIZEN), 403, "agreement-expired");
    }

    @Test
    void aRevokedAgreementIsRefused() {
        String agreement = approvedAgreement("KWAP", "POPULATION", "JPN", List.of("fullName"), "PENSION_ADMINISTRATION", 10);
        query("KWAP", body("POPULATION", agreement, "PENSION_ADMINISTRATION", DEMO_CITIZEN)).then().statusCode(200);
        given().auth().oauth2(owner("JPN")).contentType(ContentType.JSON).body("{\"reason\": \"Audit finding\"}")
                .when().post("/v1/agreements/" + agreement + "/revoke").then().statusCode(200);
        refused("KWAP", body("POPULATION", agreement, "PENSION_ADMINISTRATION", DEMO_CITIZEN), 403, "agreement-revoked");
    }

    @Test
    void anUnapprovedOrForeignAgreementIsRefused() {
        String agreement = requestAgreement("KWAP", "POPULATION", List.of("fullName"), "PENSION_ADMINISTRATION",
                "2026-01-01", "2099-12-31", 10);
        refused("KWAP", body("POPULATION", agreement, "PENSION_ADMINISTRATION", DEMO_CITIZEN), 403, "agreement-not-approved");
        refused("JPJ", body("POPULATION", agreement, "PENSION_ADMINISTRATION", DEMO_CITIZEN), 404, "not-found");
    }

    @Test
    void anExhaustedVolumeIsRefused() {
        String agreement = approvedAgreement("KWAP", "POPULATION", "JPN", List.of("fullName"), "PENSION_ADMINISTRATION", 2);
        for (int i = 0; i < 2; i++) {
            query("KWAP", body("POPULATION", agreement, "PENSION_ADMINISTRATION", DEMO_CITIZEN)).then().statusCode(200);
        }
        refused("KWAP", body("POPULATION", agreement, "PENSION_ADMINISTRATION", DEMO_CITIZEN), 429, "volume-exhausted");
        given().auth().oauth2(owner("JPN")).when().get("/v1/agreements/" + agreement).then().body("volumeUsed", equalTo(2));
    }

    @Test
    void anUnknownRecordIsNotFoundAtTheProvider() {
        query("JPJ", body("COMPANY", null, "LICENSING", "123")).then().statusCode(404)
                .body("type", endsWith("/problems/record-not-found"));
    }

    @Test
    void aHangingProviderAndAFailingOneAreBoth502sTheHangingOneWithinTheTimeout() {
        register("TEST_SLOW_REGISTRY", "{sampleRegistryBaseUrl}/sample-registries/population/{key}?delayMs=5000");
        register("TEST_DOWN_REGISTRY", "{sampleRegistryBaseUrl}/sample-registries/unavailable/{key}");

        long started = System.nanoTime();
        refused("JPJ", body("TEST_SLOW_REGISTRY", null, "LICENSING", DEMO_CITIZEN), 502, "bad-gateway");
        assertThat((System.nanoTime() - started) / 1_000_000).as("configured timeout is 1 s; the rest is two database transactions").isLessThan(4000);

        String failed = refused("JPJ", body("TEST_DOWN_REGISTRY", null, "LICENSING", DEMO_CITIZEN), 502, "bad-gateway");
        given().auth().oauth2(consumer("JPJ")).when().get("/v1/exchange/queries/" + failed + "/receipt").then().statusCode(200)
                .body("outcome", equalTo("bad-gateway"))
                .body("responseHash", nullValue());
    }

    @Test
    void repeatedFailuresOpenThatProvidersCircuitBreakerOnly() {
        register("TEST_FLAKY_REGISTRY", "{sampleRegistryBaseUrl}/sample-registries/unavailable/{key}");
        String detail = "";
        for (int call = 0; call < 6 && !detail.contains("not being called"); call++) {
            detail = query("JPJ", body("TEST_FLAKY_REGISTRY", null, "LICENSING", DEMO_CITIZEN)).then().statusCode(502)
                    .extract().path("detail");
        }
        assertThat(detail).contains("not being called");
        query("JPJ", body("TEST_FLAKY_REGISTRY", null, "LICENSING", DEMO_CITIZEN)).then().statusCode(502)
                .header("Retry-After", notNullValue());
        query("JPJ", body("COMPANY", null, "LICENSING", "202001000001")).then().statusCode(200);
    }

    private static void register(String code, String endpoint) {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("""
                        {"code": "%s", "kind": "REGISTRY", "name": "Test registry", "nameMs": "Registri ujian",
                         "sector": "KESELAMATAN", "ownerAgency": "JPN", "legalBasis": "Test", "version": "1.0.0",
                         "classification": "OPEN", "recordKey": "mykadNumber",
                         "fields": [{"name": "mykadNumber", "type": "string", "classification": "OPEN", "consentRequired": false},
                                    {"name": "fullName", "type": "string", "classification": "OPEN", "consentRequired": false}],
                         "providerEndpoint": "%s"}""".formatted(code, endpoint))
                .when().post("/v1/products").then().statusCode(201);
    }
}
