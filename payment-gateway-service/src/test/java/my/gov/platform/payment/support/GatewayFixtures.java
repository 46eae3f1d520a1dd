package my.gov.platform.payment.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import my.gov.platform.payment.trustmarks.MilestoneKind;
import my.gov.platform.payment.trustmarks.TrustmarkLifecycle;
import my.gov.platform.testing.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Builds trustmarks, merchants and payments over the public API, as an agency would. */
public final class GatewayFixtures {
    private static final AtomicInteger CERTIFICATES = new AtomicInteger(100000 + (int) (Math.random() * 800000));

    private GatewayFixtures() {
    }

    public static String certifier() {
        return TestTokens.agency("CSM").scopes("trustmarks.certify").token();
    }

    public static String agency(String code) {
        return TestTokens.agency(code).scopes("payments.read", "payments.write").token();
    }

    /**
     * A trustmark with its certification milestones recorded, so it stands where its dates put it.
     *
     * @param hosts every host the merchant's return and callback URLs will use
     */
    public static String issueTrustmark(String agency, List<String> hosts, LocalDate from, LocalDate until) {
        String id = issueUncertifiedTrustmark(agency, hosts, from, until);
        for (MilestoneKind kind : TrustmarkLifecycle.REQUIRED_MILESTONES) {
            recordMilestone(id, kind);
        }
        return id;
    }

    /** A trustmark as issued, AWAITING_MILESTONES. */
    public static String issueUncertifiedTrustmark(String agency, List<String> hosts, LocalDate from, LocalDate until) {
        return given().auth().oauth2(certifier()).contentType(ContentType.JSON).body(Map.of(
                        "certificateNumber", "MTSA-2050-" + CERTIFICATES.incrementAndGet(), "agency", agency,
                        "applicationName", "Fixture app", "hosts", hosts, "validFrom", from.toString(), "validUntil", until.toString()))
                .post("/v1/trustmarks").then().statusCode(201).extract().path("id");
    }

    public static void recordMilestone(String trustmarkId, MilestoneKind kind) {
        given().auth().oauth2(certifier()).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "completedOn", LocalDate.now().minusDays(1).toString(), "reference", "CSM/" + kind))
                .post("/v1/trustmarks/" + trustmarkId + "/milestones").then().statusCode(201);
    }

    /** @param hosts every host the merchant's return and callback URLs will use */
    public static String activeTrustmark(String agency, String... hosts) {
        return issueTrustmark(agency, List.of(hosts), LocalDate.now().minusDays(30), LocalDate.now().plusYears(1));
    }

    /** @return the merchant's id and its callback secret */
    public static Map<String, String> merchant(String agency, String trustmarkId, String returnUrl, String callbackUrl) {
        Map<String, Object> body = given().auth().oauth2(agency(agency)).contentType(ContentType.JSON).body("""
                        {"name": "Fixture merchant", "trustmarkId": "%s", "returnUrls": ["%s"], "callbackUrl": "%s"}"""
                        .formatted(trustmarkId, returnUrl, callbackUrl))
                .post("/v1/merchants").then().statusCode(201).extract().as(Map.class);
        return Map.of("id", (String) body.get("id"), "callbackSecret", (String) body.get("callbackSecret"));
    }

    public static String paymentBody(String merchantId, long sen, String bill) {
        return """
                {"merchantId": "%s", "amount": {"currency": "MYR", "value": %d}, "billReference": "%s",
                 "description": "Test fee", "allowedMethods": ["FPX_B2C", "CARD", "DUITNOW_QR"], "serviceId": "jpj-road-tax"}"""
                .formatted(merchantId, sen, bill);
    }

    public static ValidatableResponse createPayment(String agency, String body) {
        return given().auth().oauth2(agency(agency)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).post("/v1/payments").then();
    }
}
