package my.gov.platform.payment.trustmarks;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import my.gov.platform.payment.support.GatewayFixtures;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class TrustmarkLifecycleApiTest {
    @Inject
    TrustmarkRegistry registry;

    private static String certifier() {
        return TestTokens.agency("CSM").scopes("trustmarks.certify").token();
    }

    private static String issue(String agency, String host, LocalDate from, LocalDate until) {
        return GatewayFixtures.issueTrustmark(agency, List.of(host), from, until);
    }

    @Test
    void suspendReinstateRevokeAreAnnouncedAndVisibleInPublicVerification() {
        String id = issue("KKM", "bayar.kkm.gov.my", LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
        String certificate = given().auth().oauth2(certifier()).get("/v1/trustmarks/" + id).then().extract().path("certificateNumber");
        try (EventCapture events = EventCapture.of("payment.events")) {
            given().when().get("/v1/trustmark-certificates/" + certificate).then().statusCode(200)
                    .body("valid", equalTo(true)).body("status", equalTo("ACTIVE"));

            given().auth().oauth2(certifier()).contentType(ContentType.JSON).body("{\"reason\": \"Audit overdue\"}")
                    .post("/v1/trustmarks/" + id + "/suspend").then().statusCode(200)
                    .body("status", equalTo("SUSPENDED")).body("statusReason", equalTo("Audit overdue"));
            assertThat(events.awaitEvent("my.gov.trustmark.suspended", id).getExtension("agency")).isEqualTo("KKM");
            given().when().get("/v1/trustmark-certificates/" + certificate).then().statusCode(200)
                    .body("valid", equalTo(false)).body("status", equalTo("SUSPENDED"));
            given().when().get("/v1/trustmark-certificates/" + certificate + "/badge.svg").then().statusCode(200)
                    .contentType("image/svg+xml").body(containsString("SUSPENDED")).body(containsString(certificate));

            given().auth().oauth2(certifier()).contentType(ContentType.JSON).body("{\"reason\": \"again\"}")
                    .post("/v1/trustmarks/" + id + "/suspend").then().statusCode(409).body("type", endsWith("/problems/conflict"));

            given().auth().oauth2(certifier()).post("/v1/trustmarks/" + id + "/reinstate").then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("statusReason", nullValue());
            events.awaitEvent("my.gov.trustmark.reinstated", id);
            given().when().get("/v1/trustmark-certificates/" + certificate + "/badge.svg").then().statusCode(200)
                    .body(containsString("VALID"));

            given().auth().oauth2(certifier()).contentType(ContentType.JSON).body("{\"reason\": \"Fraud\"}")
                    .post("/v1/trustmarks/" + id + "/revoke").then().statusCode(200).body("status", equalTo("REVOKED"));
            events.awaitEvent("my.gov.trustmark.revoked", id);
            given().auth().oauth2(certifier()).contentType(ContentType.JSON).body("{\"validUntil\": \"2099-01-01\"}")
                    .post("/v1/trustmarks/" + id + "/renew").then().statusCode(409);
        }
    }

    @Test
    void suspensionNeedsAReasonAndTheCertifierScope() {
        String id = issue("KKM", "bayar.kkm.gov.my", LocalDate.now(), LocalDate.now().plusYears(1));
        given().auth().oauth2(certifier()).contentType(ContentType.JSON).body("{}")
                .post("/v1/trustmarks/" + id + "/suspend").then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("reason"));
        given().auth().oauth2(TestTokens.agency("KKM").scopes("payments.write").token()).contentType(ContentType.JSON)
                .body("{\"reason\": \"x\"}").post("/v1/trustmarks/" + id + "/suspend").then().statusCode(403);
        given().when().get("/v1/trustmark-certificates/MTSA-1999-0000").then().statusCode(404)
                .body("type", endsWith("/problems/not-found"));
    }

    @Test
    void milestonesAreRecordedInOrderAndShownWithTheTrustmark() {
        String id = GatewayFixtures.issueUncertifiedTrustmark("KKM", List.of("bayar.kkm.gov.my"), LocalDate.now(), LocalDate.now().plusYears(1));
        for (String milestone : List.of("""
                {"kind": "PENETRATION_TEST", "completedOn": "2026-02-01", "reference": "CSM/PT/1"}""", """
                {"kind": "SELF_ASSESSMENT", "completedOn": "2026-01-10"}""")) {
            given().auth().oauth2(certifier()).contentType(ContentType.JSON).body(milestone)
                    .post("/v1/trustmarks/" + id + "/milestones").then().statusCode(201).body("id", notNullValue());
        }
        given().auth().oauth2(certifier()).get("/v1/trustmarks/" + id).then().statusCode(200)
                .body("status", equalTo("AWAITING_MILESTONES"))
                .body("milestones", hasSize(2))
                .body("milestones[0].kind", equalTo("SELF_ASSESSMENT"))
                .body("milestones[1].reference", equalTo("CSM/PT/1"));
        given().auth().oauth2(certifier()).contentType(ContentType.JSON).body("{\"kind\": \"PARTY\", \"completedOn\": \"2026-01-10\"}")
                .post("/v1/trustmarks/" + id + "/milestones").then().statusCode(400);
    }

    @Test
    void listingFiltersByAgencyAndStatusAndPagesWithACursor() {
        for (int i = 0; i < 3; i++) {
            issue("LHDN", "bayar.hasil.gov.my", LocalDate.now(), LocalDate.now().plusYears(1));
        }
        String cursor = given().auth().oauth2(certifier()).queryParam("agency", "LHDN").queryParam("status", "ACTIVE")
                .queryParam("limit", 2).get("/v1/trustmarks").then().statusCode(200)
                .body("items", hasSize(2)).body("items.agency", everyItem(equalTo("LHDN")))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().auth().oauth2(certifier()).queryParam("agency", "LHDN").queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/v1/trustmarks").then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue());
    }

    @Test
    void expiryNoticesGoOutOnceEachAndTheTrustmarkExpiresAutomatically() {
        LocalDate until = LocalDate.now().plusDays(60);
        String id = issue("KPDN", "bayar.kpdn.gov.my", LocalDate.now().minusDays(300), until);
        try (EventCapture events = EventCapture.of("payment.events")) {
            registry.applyExpiry(until.minusDays(30));
            registry.applyExpiry(until.minusDays(29));
            registry.applyExpiry(until.minusDays(7));
            registry.applyExpiry(until.minusDays(6));
            registry.applyExpiry(until.plusDays(1));
            events.awaitEvent("my.gov.trustmark.expired", id);
            long thirty = notices(events, id, "\"daysBeforeExpiry\":30");
            long seven = notices(events, id, "\"daysBeforeExpiry\":7");
            assertThat(thirty).isEqualTo(1);
            assertThat(seven).isEqualTo(1);
        }
        given().auth().oauth2(certifier()).get("/v1/trustmarks/" + id).then().body("status", equalTo("EXPIRED"));
        given().auth().oauth2(certifier()).contentType(ContentType.JSON).body("{\"validUntil\": \"%s\"}".formatted(until.plusYears(2)))
                .post("/v1/trustmarks/" + id + "/renew").then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    private static long notices(EventCapture events, String id, String marker) {
        events.awaitEvent(e -> e.getType().equals("my.gov.trustmark.expiring") && e.getSubject().equals(id)
                && new String(e.getData().toBytes()).contains(marker), Duration.ofSeconds(30));
        events.poll();
        return events.events().stream().filter(e -> e.getType().equals("my.gov.trustmark.expiring") && e.getSubject().equals(id)
                && new String(e.getData().toBytes()).contains(marker)).count();
    }
}
