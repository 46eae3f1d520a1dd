package my.gov.platform.payment.outbox;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.commons.events.Inbox;
import my.gov.platform.commons.events.OutboxEvent;
import my.gov.platform.payment.trustmarks.IssueTrustmarkRequest;
import my.gov.platform.payment.trustmarks.TrustmarkRegistry;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The outbox guarantees of platform-commons, proved against the real broker and database. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class OutboxDeliveryTest {
    private static final int CHANGES = 100;

    @Inject
    TrustmarkRegistry registry;
    @Inject
    Inbox inbox;

    @Test
    void changesCommittedWhileTheBrokerIsDownArePublishedExactlyOnceWhenItReturns() {
        PlatformTestResource.kafkaBroker().stop();
        Set<String> subjects;
        try {
            subjects = java.util.stream.IntStream.range(0, CHANGES)
                    .mapToObj(i -> registry.issue(request("MTSA-2031-" + (5000 + i))).id.toString())
                    .collect(Collectors.toSet());
            long waiting = QuarkusTransaction.requiringNew().call(() ->
                    OutboxEvent.count("publishedAt is null and key in ?1", subjects));
            assertThat(waiting).as("every change committed with its event, none published").isEqualTo(CHANGES);
        } finally {
            PlatformTestResource.kafkaBroker().start();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("publishedAt is null and key in ?1", subjects)) == 0);

        try (EventCapture capture = EventCapture.of("payment.events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> ours(capture, subjects).size() >= CHANGES);
            capture.poll();
            List<CloudEvent> published = ours(capture, subjects);
            assertThat(published).hasSize(CHANGES);
            assertThat(published.stream().map(CloudEvent::getSubject).collect(Collectors.toSet())).isEqualTo(subjects);

            AtomicInteger applied = new AtomicInteger();
            for (CloudEvent event : published) {
                for (int delivery = 0; delivery < 2; delivery++) {
                    QuarkusTransaction.requiringNew().run(() -> {
                        if (inbox.firstDelivery("outbox-delivery-test", UUID.fromString(event.getId()))) {
                            applied.incrementAndGet();
                        }
                    });
                }
            }
            assertThat(applied).hasValue(CHANGES);
        }
    }

    private static List<CloudEvent> ours(EventCapture capture, Set<String> subjects) {
        capture.poll();
        return capture.events().stream().filter(e -> subjects.contains(e.getSubject())).toList();
    }

    private static IssueTrustmarkRequest request(String certificate) {
        return new IssueTrustmarkRequest(certificate, "JPJ", "Outbox test application", List.of("bayar.jpj.gov.my"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
    }
}
