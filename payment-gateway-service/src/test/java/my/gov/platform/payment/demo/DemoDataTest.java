package my.gov.platform.payment.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.payment.acquirers.AcquirerNotifications;
import my.gov.platform.payment.acquirers.SandboxAcquirer;
import my.gov.platform.payment.config.PaymentConfig;
import my.gov.platform.payment.merchants.Merchant;
import my.gov.platform.payment.merchants.Merchants;
import my.gov.platform.payment.payments.Payment;
import my.gov.platform.payment.payments.PaymentStatus;
import my.gov.platform.payment.payments.Payments;
import my.gov.platform.payment.trustmarks.TrustmarkRegistry;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Tests run with demo data off; this one loads it on purpose, twice, to prove it is idempotent. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class DemoDataTest {
    @Inject
    DemoData demo;
    @Inject
    TrustmarkRegistry trustmarks;
    @Inject
    Merchants merchants;
    @Inject
    Payments payments;
    @Inject
    SandboxAcquirer sandbox;
    @Inject
    AcquirerNotifications notifications;
    @Inject
    PaymentConfig config;

    @Test
    void demoDataLoadsOnceWhenEnabledAndCoversLocalhostForJpj() {
        demo.load(null, config, trustmarks, merchants, payments, sandbox, notifications);
        assertThat(trustmarks.byCertificate(DemoData.CERTIFICATE)).isEmpty();

        demo.insert(trustmarks, merchants, payments, sandbox, notifications);
        demo.insert(trustmarks, merchants, payments, sandbox, notifications);

        List<Merchant> demoMerchants = QuarkusTransaction.requiringNew().call(() ->
                Merchant.<Merchant>list("agency = ?1 and name = ?2", "JPJ", DemoData.MERCHANT_NAME));
        assertThat(demoMerchants).hasSize(1);
        assertThat(demoMerchants.get(0).returnUrls).containsExactly(DemoData.RETURN_URL);
        List<PaymentStatus> statuses = QuarkusTransaction.requiringNew().call(() -> Payment.<Payment>list(
                "merchantId = ?1 order by billReference", demoMerchants.get(0).id).stream().map(p -> p.status).toList());
        assertThat(statuses).containsExactly(PaymentStatus.SUCCEEDED, PaymentStatus.FAILED, PaymentStatus.CREATED);
        given().get("/v1/trustmark-certificates/" + DemoData.CERTIFICATE).then().statusCode(200)
                .body("valid", equalTo(true)).body("hosts", hasItem("localhost"));
    }
}
