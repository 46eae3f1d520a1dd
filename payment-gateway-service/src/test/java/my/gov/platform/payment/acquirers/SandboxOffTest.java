package my.gov.platform.payment.acquirers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import my.gov.platform.commons.sandbox.Sandbox;
import my.gov.platform.payment.payments.Payment;
import my.gov.platform.payment.payments.PaymentStatus;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static my.gov.platform.payment.support.GatewayFixtures.activeTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.agency;
import static my.gov.platform.payment.support.GatewayFixtures.createPayment;
import static my.gov.platform.payment.support.GatewayFixtures.merchant;
import static my.gov.platform.payment.support.GatewayFixtures.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** With sandbox features off, as in production: the SANDBOX routes do not exist and no payment reaches a bank. */
@QuarkusTest
@TestProfile(SandboxOffTest.SandboxOff.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class SandboxOffTest {
    public static class SandboxOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(Sandbox.ENABLED, "false");
        }
    }

    @Test
    void theSandboxRoutesAreUnknownPaths() {
        given().contentType(ContentType.JSON).body("{\"messageId\": \"x\", \"outcome\": \"APPROVED\"}")
                .post("/v1/acquirer-notifications/sandbox").then().statusCode(404);
        given().get("/sandbox-acquirer/SBX-ANY").then().statusCode(404);
        given().formParam("decision", "APPROVE").post("/sandbox-acquirer/SBX-ANY").then().statusCode(404);
        given().auth().oauth2(agency("JPJ")).get("/v1/acquirers/sandbox/settlement-files/2026-12-01").then().statusCode(404);
    }

    @Test
    void aPayerChoosingAMethodIsToldNoAcquirerTakesItAndThePaymentIsUntouched() {
        String agency = PaymentFlowTest.newAgency();
        String merchant = merchant(agency, activeTrustmark(agency, "bayar.test.gov.my"), "https://bayar.test.gov.my/r",
                "http://127.0.0.1:9/cb").get("id");
        String id = createPayment(agency, paymentBody(merchant, 1500, "OFF")).statusCode(201).extract().path("id");
        given().formParam("method", "CARD").post("/pay/" + id + "/method").then().statusCode(422)
                .body(containsString("No acquirer takes CARD payments here"));
        Payment payment = QuarkusTransaction.requiringNew().call(() -> Payment.<Payment>findById(UUID.fromString(id)));
        assertThat(payment.status).isEqualTo(PaymentStatus.CREATED);
        assertThat(payment.acquirerReference).isNull();
    }
}
