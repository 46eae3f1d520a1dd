package my.gov.platform.payment.payments;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static my.gov.platform.payment.support.GatewayFixtures.activeTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.agency;
import static my.gov.platform.payment.support.GatewayFixtures.createPayment;
import static my.gov.platform.payment.support.GatewayFixtures.merchant;
import static my.gov.platform.payment.support.GatewayFixtures.paymentBody;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The commons edge guards are active here: hostile input to payments is refused as problems, pages carry the security headers. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class PaymentEdgeTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    private static String merchantId() {
        return merchant("JPJ", activeTrustmark("JPJ", "bayar.jpj.gov.my", "127.0.0.1"), "https://bayar.jpj.gov.my/return",
                "http://127.0.0.1:9/callback").get("id");
    }

    @Test
    void nulInAPaymentsPathOrQueryIsABadRequest() {
        given().urlEncodingEnabled(false).auth().oauth2(agency("JPJ")).get("/v1/payments/x%00y")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("path"));
        given().urlEncodingEnabled(false).auth().oauth2(agency("JPJ")).get("/v1/payments?billReference=%00")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("billReference"));
    }

    @Test
    void moneyIsTakenOnlyAsWrittenAndOnlyOnce() {
        String merchant = merchantId();
        String valid = paymentBody(merchant, 1050, "EDGE-" + UUID.randomUUID());
        for (String hostile : new String[]{"10.5", "\"100\"", "1050, \"value\": 1"}) {
            createPayment("JPJ", valid.replace("\"value\": 1050", "\"value\": " + hostile))
                    .statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", endsWith("/problems/malformed-request"))
                    .body("violations.field", hasItem("amount.value"));
        }
        createPayment("JPJ", valid.replace("Test fee", "Test\\u0000fee"))
                .statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("description"));
        createPayment("JPJ", valid).statusCode(201).body("amount.value", equalTo(1050));
    }

    @Test
    void anAmountOfNothingCanBeNeitherAskedNorGivenBack() {
        String merchant = merchantId();
        createPayment("JPJ", paymentBody(merchant, 0, "EDGE-" + UUID.randomUUID()))
                .statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("amount.value"));
        String paymentId = createPayment("JPJ", paymentBody(merchant, 1, "EDGE-" + UUID.randomUUID()))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(agency("JPJ")).contentType(ContentType.JSON)
                .body("{\"amount\": {\"currency\": \"MYR\", \"value\": 0}}")
                .post("/v1/payments/" + paymentId + "/refunds")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("amount.value"));
    }

    @Test
    void textThatIsNotUnicodeIsRefusedNamingTheField() {
        String valid = paymentBody(merchantId(), 1050, "EDGE-" + UUID.randomUUID());
        createPayment("JPJ", valid.replace("Test fee", "Test \\uD800fee"))
                .statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("description"));
        // The body is ASCII, so Latin-1 writes U+00C3 as the lone byte 0xC3: 0xC3 0x28 is a broken UTF-8 sequence.
        byte[] notUtf8 = valid.replace("Test fee", "Test \u00C3(fee").getBytes(StandardCharsets.ISO_8859_1);
        given().auth().oauth2(agency("JPJ")).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(notUtf8).post("/v1/payments")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/malformed-request"))
                .body("violations.field", hasItem("description"));
    }

    @Test
    void badPageParametersAndLongUrisAreProblems() {
        given().auth().oauth2(agency("JPJ")).get("/v1/payments?limit=abc")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("limit"));
        given().auth().oauth2(agency("JPJ")).get("/v1/payments?billReference=" + "x".repeat(5000))
                .then().statusCode(414).contentType(PROBLEM_JSON);
    }

    @Test
    void theHostedPaymentPageCannotBeFramedOrSniffed() {
        String id = createPayment("JPJ", paymentBody(merchantId(), 1050, "EDGE-" + UUID.randomUUID()))
                .statusCode(201).extract().path("id");
        given().get("/pay/" + id).then().statusCode(200)
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
}
