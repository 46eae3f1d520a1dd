package my.gov.platform.payment.acquirers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import my.gov.platform.payment.payments.Acquirer;
import my.gov.platform.payment.payments.Payment;
import my.gov.platform.payment.payments.PaymentStatus;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static my.gov.platform.payment.support.GatewayFixtures.activeTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.createPayment;
import static my.gov.platform.payment.support.GatewayFixtures.merchant;
import static my.gov.platform.payment.support.GatewayFixtures.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * With the acquirer of the production build, which holds no SANDBOX acquirer (src/sandbox): no payment
 * reaches a bank. The test build holds the sandbox, so the profile puts the production default back.
 */
@QuarkusTest
@TestProfile(NoAcquirerTest.ProductionAcquirer.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class NoAcquirerTest {
    public static class ProductionAcquirer implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(DefaultAcquirer.class);
        }
    }

    @Alternative
    @ApplicationScoped
    static class DefaultAcquirer {
        @Produces
        @ApplicationScoped
        Acquirer acquirer() {
            return new Acquirers().acquirer();
        }
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
