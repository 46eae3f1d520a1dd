package my.gov.platform.payment.trustmarks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.payment.calendar.MalaysiaTime;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static my.gov.platform.payment.support.GatewayFixtures.certifier;
import static my.gov.platform.payment.support.GatewayFixtures.createPayment;
import static my.gov.platform.payment.support.GatewayFixtures.issueTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.issueUncertifiedTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.merchant;
import static my.gov.platform.payment.support.GatewayFixtures.paymentBody;
import static my.gov.platform.payment.support.GatewayFixtures.recordMilestone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** An agency cannot take money under a trustmark whose MTSA certification is incomplete or has not begun. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class TrustmarkCertificationApiTest {
    private static final List<String> HOSTS = List.of("bayar.jpj.gov.my", "api.jpj.gov.my");

    @Inject
    TrustmarkRegistry registry;
    @Inject
    EntityManager entityManager;

    @Test
    void paymentsAreRefusedUntilTheThreeRequiredMilestonesAreRecorded() {
        LocalDate today = MalaysiaTime.today();
        String id = issueUncertifiedTrustmark("JPJ", HOSTS, today.minusDays(10), today.plusYears(1));
        String merchant = merchantOf(id);
        refused(merchant, "AWAITING_MILESTONES");

        recordMilestone(id, MilestoneKind.SELF_ASSESSMENT);
        recordMilestone(id, MilestoneKind.PENETRATION_TEST);
        recordMilestone(id, MilestoneKind.SECURITY_AUDIT);
        refused(merchant, "AWAITING_MILESTONES");
        given().get("/v1/trustmark-certificates/" + certificateOf(id)).then().statusCode(200)
                .body("status", equalTo("AWAITING_MILESTONES")).body("valid", equalTo(false));

        try (EventCapture events = EventCapture.of("payment.events")) {
            recordMilestone(id, MilestoneKind.CERTIFICATION_LETTER);
            assertThat(events.awaitEvent("my.gov.trustmark.activated", id).getExtension("agency")).isEqualTo("JPJ");
        }
        status(id, "ACTIVE");
        createPayment("JPJ", paymentBody(merchant, 100, "CERTIFIED")).statusCode(201);
    }

    @Test
    void aFutureDatedTrustmarkIsPendingAndRefusedUntilItsFirstDay() {
        LocalDate today = MalaysiaTime.today();
        String id = issueTrustmark("JPJ", HOSTS, today.plusDays(1), today.plusYears(1));
        status(id, "PENDING");
        String merchant = merchantOf(id);
        refused(merchant, "PENDING");

        assertThat(registry.activateStarted(today)).isZero();
        status(id, "PENDING");

        // The clock cannot be moved, so the first day is brought to today, as it will be tomorrow.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE trustmark SET valid_from = ?1 WHERE id = ?2")
                .setParameter(1, today).setParameter(2, UUID.fromString(id)).executeUpdate());
        try (EventCapture events = EventCapture.of("payment.events")) {
            registry.activateStarted(today);
            events.awaitEvent("my.gov.trustmark.activated", id);
        }
        status(id, "ACTIVE");
        createPayment("JPJ", paymentBody(merchant, 100, "STARTED")).statusCode(201);
    }

    private static String merchantOf(String trustmarkId) {
        return merchant("JPJ", trustmarkId, "https://bayar.jpj.gov.my/return", "https://api.jpj.gov.my/cb").get("id");
    }

    private static void refused(String merchant, String trustmarkStatus) {
        createPayment("JPJ", paymentBody(merchant, 100, "TOO-EARLY")).statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/problems/trustmark-not-yet-valid"))
                .body("trustmarkStatus", equalTo(trustmarkStatus));
    }

    private static void status(String id, String expected) {
        given().auth().oauth2(certifier()).get("/v1/trustmarks/" + id).then().statusCode(200).body("status", equalTo(expected));
    }

    private static String certificateOf(String id) {
        return given().auth().oauth2(certifier()).get("/v1/trustmarks/" + id).then().extract().path("certificateNumber");
    }
}
