package my.gov.platform.payment.payments;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TwoReplicas;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static my.gov.platform.payment.support.GatewayFixtures.activeTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.createPayment;
import static my.gov.platform.payment.support.GatewayFixtures.merchant;
import static my.gov.platform.payment.support.GatewayFixtures.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class PaymentExpiryReplicaTest {
    @Inject
    Payments payments;
    @Inject
    EntityManager entityManager;

    @Test
    void twoReplicasExpireEachPaymentOnceWithOneEventAndOneCallback() throws Exception {
        String merchant = merchant("JPJ", activeTrustmark("JPJ", "bayar.jpj.gov.my", "127.0.0.1"),
                "https://bayar.jpj.gov.my/return", "http://127.0.0.1:9/callback").get("id");
        List<UUID> overdue = IntStream.range(0, 5).mapToObj(i -> UUID.fromString(
                createPayment("JPJ", paymentBody(merchant, 700, "EXP-" + i)).statusCode(201).extract().<String>path("id"))).toList();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE payment SET expires_at = now() - interval '1 minute' WHERE id = ANY(?1)")
                .setParameter(1, overdue.toArray(UUID[]::new)).executeUpdate());

        try (EventCapture events = EventCapture.of("payment.events")) {
            TwoReplicas.runAtOnce(() -> payments.expireDue(Instant.now()));

            overdue.forEach(id -> events.awaitEvent("my.gov.payment.expired", id));
            // Time for a second event of any of them to arrive, were there one.
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> !events.poll().isEmpty());
            List<String> expired = events.events().stream().filter(e -> e.getType().equals("my.gov.payment.expired"))
                    .map(CloudEvent::getSubject).filter(s -> overdue.contains(UUID.fromString(s))).toList();
            assertThat(expired).as("one expired event per payment").hasSize(overdue.size()).doesNotHaveDuplicates();
        }
        long callbacks = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM callback_delivery WHERE payment_id = ANY(?1) AND event = 'payment.expired'")
                .setParameter(1, overdue.toArray(UUID[]::new)).getSingleResult()).longValue());
        assertThat(callbacks).as("one callback per payment").isEqualTo(overdue.size());
    }
}
