package my.gov.platform.identity.accounts;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.SignUpQueueRows;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/** The sign-up queue kept in PostgreSQL: first come, first served, bounded, and forgetting closed browsers. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class SignUpQueueTest {
    @Inject
    SignUpQueue queue;
    @Inject
    EntityManager entities;

    private final List<UUID> held = new ArrayList<>();

    @BeforeEach
    void everySlotTaken() {
        SignUpQueueRows.clear(entities);
        while (held.size() < queue.capacity()) {
            SignUpQueue.Admission slot = queue.enter(null);
            assertThat(slot.admitted()).isTrue();
            held.add(slot.ticket());
        }
    }

    @AfterEach
    void emptyQueue() {
        SignUpQueueRows.clear(entities);
    }

    @Test
    void aFreedSlotGoesToTheFirstInTheQueueEvenWhenTheSecondAsksFirst() {
        SignUpQueue.Admission first = queue.enter(null);
        SignUpQueue.Admission second = queue.enter(null);
        assertThat(first.admitted()).isFalse();
        assertThat(first.position()).isEqualTo(1);
        assertThat(second.position()).isEqualTo(2);
        assertThat(second.number()).isGreaterThan(first.number());

        queue.leave(held.remove(0));
        SignUpQueue.Admission secondAsksFirst = queue.enter(second.ticket());
        assertThat(secondAsksFirst.admitted()).isFalse();
        assertThat(secondAsksFirst.position()).isEqualTo(1);
        assertThat(queue.enter(first.ticket()).admitted()).isTrue();
    }

    @Test
    void aTicketNotAskedAboutForThirtySecondsIsDroppedAndItsHolderStartsAgainAtTheBack() {
        SignUpQueue.Admission gone = queue.enter(null);
        SignUpQueue.Admission patient = queue.enter(null);
        SignUpQueueRows.execute(entities, "UPDATE sign_up_ticket SET last_seen_at = now() - interval '31 seconds' WHERE ticket = '"
                + gone.ticket() + "'");
        queue.work();

        assertThat(queue.enter(patient.ticket()).position()).isEqualTo(1);
        SignUpQueue.Admission returning = queue.enter(gone.ticket());
        assertThat(returning.ticket()).isNotEqualTo(gone.ticket());
        assertThat(returning.position()).isEqualTo(2);
    }

    @Test
    void aFullQueueRefusesNewcomersWithRetryAfter() {
        SignUpQueueRows.execute(entities, "INSERT INTO sign_up_ticket (ticket, status, last_seen_at) "
                + "SELECT gen_random_uuid(), 'WAITING', now() FROM generate_series(1, 100)");

        String mykad = "88010110" + String.format("%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10000));
        given().contentType(ContentType.JSON).body("""
                        {"kind": "CITIZEN", "fullName": "Siti Aminah", "email": "full-%s@example.com", "phone": "+60123456789",
                         "password": "Teh-Tarik-Kurang-Manis-2026", "mykadNumber": "%s"}""".formatted(UUID.randomUUID(), mykad))
                .when().post("/v1/accounts").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5").body("type", endsWith("/problems/sign-up-queue-full"));
    }
}
