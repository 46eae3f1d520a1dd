package my.gov.platform.payment.acquirers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import my.gov.platform.payment.payments.Payment;
import my.gov.platform.payment.payments.PaymentStatus;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.SandboxOff;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static my.gov.platform.payment.support.GatewayFixtures.activeTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.agency;
import static my.gov.platform.payment.support.GatewayFixtures.createPayment;
import static my.gov.platform.payment.support.GatewayFixtures.merchant;
import static my.gov.platform.payment.support.GatewayFixtures.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** With sandbox features off, as in production: the SANDBOX routes do not exist and no payment reaches a bank. */
@QuarkusTest
@TestProfile(SandboxOff.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class SandboxOffTest {
    @Test
    void theSandboxRoutesAreUnknownPaths() {
        given().contentType(ContentType.JSON).body("{\"messageId\": \"x\", \"outcome\": \"APPROVED\"}")
                .post("/v1/acquirer-notifications/sandbox").then().statusCode(404);
        given().get("/sandbox-acquirer/SBX-ANY").then().statusCode(404);
        given().formParam("decision", "APPROVE").post("/sandbox-acquirer/SBX-ANY").then().statusCode(404);
        given().auth().oauth2(agency("JPJ")).get("/v1/acquirers/sandbox/settlement-files/2026-12-01").then().statusCode(404);
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", aMapWithSize(greaterThan(10)))
                .body("paths", not(hasKey("/sandbox-acquirer/{reference}")))
                .body("paths", not(hasKey("/v1/acquirer-notifications/sandbox")))
                .body("paths", not(hasKey("/v1/acquirers/sandbox/settlement-files/{day}")));
    }

    @Test
    void aPayerChoosingAMethodIsToldNoAcquirerTakesItAndThePaymentIsUntouched() {
        String agency = PaymentFlowTest.newAgency();
        String merchant = merchant(agency, activeTrustmark(agency, "bayar.test.gov.my", "127.0.0.1"), "https://bayar.test.gov.my/r",
                "http://127.0.0.1:9/cb").get("id");
        String id = createPayment(agency, paymentBody(merchant, 1500, "OFF")).statusCode(201).extract().path("id");
        given().formParam("method", "CARD").post("/pay/" + id + "/method").then().statusCode(422)
                .body(containsString("No acquirer takes CARD payments here"));
        Payment payment = QuarkusTransaction.requiringNew().call(() -> Payment.<Payment>findById(UUID.fromString(id)));
        assertThat(payment.status).isEqualTo(PaymentStatus.CREATED);
        assertThat(payment.acquirerReference).isNull();
    }
}
