package my.gov.platform.payment.acquirers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.payment.calendar.MalaysiaTime;
import my.gov.platform.payment.ledger.Ledger;
import my.gov.platform.payment.payments.Acquirer;
import my.gov.platform.payment.payments.Payment;
import my.gov.platform.payment.payments.PaymentMethod;
import my.gov.platform.payment.payments.PaymentStatus;
import my.gov.platform.payment.payments.Payments;
import my.gov.platform.payment.signing.HmacSigner;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static my.gov.platform.payment.support.GatewayFixtures.activeTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.agency;
import static my.gov.platform.payment.support.GatewayFixtures.createPayment;
import static my.gov.platform.payment.support.GatewayFixtures.merchant;
import static my.gov.platform.payment.support.GatewayFixtures.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

/** From authorisation to the acquirer's signed word, the ledger, receipts and refunds. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class PaymentFlowTest {
    @Inject
    Payments payments;
    @Inject
    SandboxAcquirer sandbox;
    @Inject
    Ledger ledger;
    @Inject
    EntityManager entityManager;
    @ConfigProperty(name = "mygov.sandbox-acquirer.secret")
    String sandboxKey;

    static String newAgency() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private static String pendingPayment(Payments payments, String agency, long sen) {
        String merchant = merchant(agency, activeTrustmark(agency, "bayar.test.gov.my", "127.0.0.1"), "https://bayar.test.gov.my/r",
                "http://127.0.0.1:9/cb").get("id");
        return createPayment(agency, paymentBody(merchant, sen, "FLOW")).statusCode(201).extract().path("id");
    }

    private String authorize(String paymentId) {
        return payments.startAuthorization(UUID.fromString(paymentId), PaymentMethod.FPX_B2C, "SBX0001").reference();
    }

    private static String notify(SandboxAcquirer.SignedMessage message) {
        return given().header(SandboxAcquirer.SIGNATURE_HEADER, message.signature()).contentType(ContentType.JSON)
                .body(message.body()).post("/v1/acquirer-notifications/sandbox").then().statusCode(200)
                .extract().path("result");
    }

    private Payment load(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Payment.<Payment>findById(UUID.fromString(id)));
    }

    @Test
    void anApprovalNotifiedTwiceChargesOnceWithAReceiptAndAnEvent() {
        String agency = newAgency();
        String id = pendingPayment(payments, agency, 5000);
        try (EventCapture events = EventCapture.of("payment.events")) {
            List<SandboxAcquirer.SignedMessage> sent = sandbox.decide(authorize(id), SandboxAcquirer.Decision.APPROVE_WITH_DUPLICATE);
            assertThat(sent).hasSize(2);
            assertThat(notify(sent.get(0))).isEqualTo("APPLIED");
            assertThat(notify(sent.get(1))).isEqualTo("DUPLICATE");
            events.awaitEvent("my.gov.payment.succeeded", id);
        }
        Payment payment = load(id);
        assertThat(payment.status).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.receiptNumber).isEqualTo(agency + "-" + MalaysiaTime.today().getYear() + "-000001");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.journalCount(payment.id, Ledger.JournalKind.CHARGE))).isEqualTo(1);
        given().auth().oauth2(agency(agency)).get("/v1/ledger/trial-balance").then().statusCode(200)
                .body("totalSen", equalTo(0))
                .body("accounts.find { it.account == 'GATEWAY_CLEARING' }.balanceSen", equalTo(5000))
                .body("accounts.find { it.account == 'GATEWAY_FEES' }.balanceSen", equalTo(-100));
        String settlement = given().auth().oauth2(agency(agency)).get("/v1/acquirers/sandbox/settlement-files/" + MalaysiaTime.today())
                .then().statusCode(200).extract().asString();
        assertThat(settlement).contains(payment.acquirerReference + "," + id + ",FPX_B2C,SBX0001,5000,");
        given().auth().oauth2(agency(agency)).get("/v1/reconciliations/" + MalaysiaTime.today()).then().statusCode(200)
                .body("summary.MATCHED", equalTo(1)).body("items", org.hamcrest.Matchers.hasSize(1))
                .body("items[0].reference", equalTo(payment.acquirerReference));
        given().auth().oauth2(agency(agency)).get("/v1/reconciliations/" + MalaysiaTime.today() + "/items.csv").then().statusCode(200)
                .body(containsString("MATCHED," + payment.acquirerReference + "," + id + ",5000,5000"));
        given().auth().oauth2(agency(agency)).post("/v1/ledger/settlements/" + MalaysiaTime.today()).then().statusCode(201)
                .body("settled.value", equalTo(5000)).body("reconciliation.MATCHED", equalTo(1));
        given().auth().oauth2(agency(agency)).post("/v1/ledger/settlements/" + MalaysiaTime.today()).then().statusCode(409);
        given().auth().oauth2(agency(agency)).post("/v1/ledger/settlements/" + MalaysiaTime.today().minusDays(3)).then().statusCode(422);
        given().auth().oauth2(agency(agency)).get("/v1/ledger/trial-balance").then().statusCode(200)
                .body("totalSen", equalTo(0))
                .body("accounts.find { it.account == 'GATEWAY_CLEARING' }.balanceSen", equalTo(0))
                .body("accounts.find { it.account == 'SETTLEMENT_BANK' }.balanceSen", equalTo(5000));
    }

    @Test
    void aTamperedNotificationIsRejectedAndChangesNothing() {
        String id = pendingPayment(payments, newAgency(), 4200);
        String reference = authorize(id);
        SandboxAcquirer.SignedMessage declined = sandbox.decide(reference, SandboxAcquirer.Decision.DECLINE).get(0);
        String forged = declined.body().replace("DECLINED", "APPROVED");
        given().header(SandboxAcquirer.SIGNATURE_HEADER, declined.signature()).contentType(ContentType.JSON).body(forged)
                .post("/v1/acquirer-notifications/sandbox").then().statusCode(401)
                .contentType("application/problem+json").body("type", endsWith("/problems/acquirer-signature-invalid"));
        given().contentType(ContentType.JSON).body(declined.body())
                .post("/v1/acquirer-notifications/sandbox").then().statusCode(401);
        Payment unchanged = load(id);
        assertThat(unchanged.status).isEqualTo(PaymentStatus.PENDING);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM acquirer_notification WHERE acquirer_reference = ?1").setParameter(1, reference)
                .getSingleResult()).longValue())).isZero();

        try (EventCapture events = EventCapture.of("payment.events")) {
            assertThat(notify(declined)).isEqualTo("APPLIED");
            events.awaitEvent("my.gov.payment.failed", id);
        }
        Payment failed = load(id);
        assertThat(failed.status).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.failureReason).contains("Declined");
        assertThat(failed.receiptNumber).isNull();
        SandboxAcquirer.SignedMessage lateApproval = sandbox.message(reference, Acquirer.Outcome.APPROVED, 4200, null);
        assertThat(notify(lateApproval)).isEqualTo("IGNORED");
        assertThat(load(id).status).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void anApprovalSignedWithTheKeyOnceInTheSourceIsRefusedAndChargesNothing() {
        String id = pendingPayment(payments, newAgency(), 4200);
        String reference = authorize(id);
        String forged = sandbox.message(reference, Acquirer.Outcome.APPROVED, 4200, null).body();
        given().header(SandboxAcquirer.SIGNATURE_HEADER, HmacSigner.sign("sandbox-acquirer-demo-key", forged))
                .contentType(ContentType.JSON).body(forged)
                .post("/v1/acquirer-notifications/sandbox").then().statusCode(401)
                .contentType("application/problem+json").body("type", endsWith("/problems/acquirer-signature-invalid"));
        assertThat(load(id).status).isEqualTo(PaymentStatus.PENDING);
        assertThat(load(id).receiptNumber).isNull();
    }

    private SandboxAcquirer.SignedMessage approvalSentAt(String reference, long sen, Instant sentAt) {
        String body = sandbox.message(reference, Acquirer.Outcome.APPROVED, sen, null).body()
                .replaceFirst("\"sentAt\":\"[^\"]+\"", "\"sentAt\":\"" + sentAt + "\"");
        return new SandboxAcquirer.SignedMessage(body, HmacSigner.sign(sandboxKey, body));
    }

    @Test
    void aGenuineApprovalOutsideItsTimeWindowIsRefusedAndChargesNothing() {
        String id = pendingPayment(payments, newAgency(), 4200);
        String reference = authorize(id);
        for (Instant sentAt : List.of(Instant.now().minusSeconds(6 * 60), Instant.now().plusSeconds(2 * 60))) {
            SandboxAcquirer.SignedMessage captured = approvalSentAt(reference, 4200, sentAt);
            given().header(SandboxAcquirer.SIGNATURE_HEADER, captured.signature()).contentType(ContentType.JSON)
                    .body(captured.body()).post("/v1/acquirer-notifications/sandbox").then().statusCode(422)
                    .contentType("application/problem+json").body("type", endsWith("/problems/acquirer-notification-stale"));
        }
        String withoutId = approvalSentAt(reference, 4200, Instant.now()).body().replaceFirst("\"messageId\":\"[^\"]+\",", "");
        given().header(SandboxAcquirer.SIGNATURE_HEADER, HmacSigner.sign(sandboxKey, withoutId)).contentType(ContentType.JSON)
                .body(withoutId).post("/v1/acquirer-notifications/sandbox").then().statusCode(401);
        assertThat(load(id).status).isEqualTo(PaymentStatus.PENDING);
        assertThat(load(id).receiptNumber).isNull();
    }

    @Test
    void aDeclineReplayedIsADuplicateAndThePaymentStaysUnpaid() {
        String id = pendingPayment(payments, newAgency(), 4200);
        SandboxAcquirer.SignedMessage declined = sandbox.decide(authorize(id), SandboxAcquirer.Decision.DECLINE).get(0);
        assertThat(notify(declined)).isEqualTo("APPLIED");
        assertThat(notify(declined)).isEqualTo("DUPLICATE");
        assertThat(load(id).status).isEqualTo(PaymentStatus.FAILED);
        assertThat(load(id).receiptNumber).isNull();
    }

    @Test
    void aBankThatTimedOutAndApprovedAfterExpiryStillSucceeds() {
        String id = pendingPayment(payments, newAgency(), 3000);
        String reference = authorize(id);
        assertThat(sandbox.decide(reference, SandboxAcquirer.Decision.TIMEOUT)).isEmpty();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE payment SET expires_at = now() - interval '1 minute' WHERE id = ?1").setParameter(1, UUID.fromString(id)).executeUpdate());
        try (EventCapture events = EventCapture.of("payment.events")) {
            payments.expireDue(Instant.now());
            events.awaitEvent("my.gov.payment.expired", id);
        }
        assertThat(load(id).status).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(notify(sandbox.lateApproval(reference))).isEqualTo("APPLIED");
        assertThat(load(id).status).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void anOfflineBankOrAMethodTheAgencyDidNotAllowIsRefused() {
        String id = pendingPayment(payments, newAgency(), 3000);
        assertThatThrownBy(() -> payments.startAuthorization(UUID.fromString(id), PaymentMethod.FPX_B2C, "SBX0004"))
                .hasMessageContaining("offline");
        assertThatThrownBy(() -> payments.startAuthorization(UUID.fromString(id), PaymentMethod.FPX_B2B, "SBXB001"))
                .hasMessageContaining("not allowed");
        assertThat(load(id).status).isEqualTo(PaymentStatus.CREATED);
    }

    @Test
    void refundsAreIdempotentNeverExceedTheCaptureAndKeepTheBooksBalanced() {
        String agency = newAgency();
        String id = pendingPayment(payments, agency, 5000);
        notify(sandbox.decide(authorize(id), SandboxAcquirer.Decision.APPROVE).get(0));
        String key = UUID.randomUUID().toString();
        String partial = "{\"amount\": {\"currency\": \"MYR\", \"value\": 2000}, \"reason\": \"Overpaid\"}";
        String refundId = given().auth().oauth2(agency(agency)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(partial).post("/v1/payments/" + id + "/refunds").then().statusCode(201)
                .body("amount.value", equalTo(2000)).extract().path("id");
        given().auth().oauth2(agency(agency)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(partial).post("/v1/payments/" + id + "/refunds").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(refundId));
        given().auth().oauth2(agency(agency)).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(partial.replace("2000", "3001")).post("/v1/payments/" + id + "/refunds").then().statusCode(422)
                .body("type", endsWith("/problems/refund-exceeds-captured")).body("refundableSen", equalTo(3000));
        given().auth().oauth2(agency(agency)).get("/v1/payments/" + id).then().body("status", equalTo("PARTIALLY_REFUNDED"));
        try (EventCapture events = EventCapture.of("payment.events")) {
            given().auth().oauth2(agency(agency)).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                    .body(partial.replace("2000", "3000")).post("/v1/payments/" + id + "/refunds").then().statusCode(201);
            events.awaitEvent(e -> e.getType().equals("my.gov.payment.refunded") && e.getSubject().equals(id)
                    && new String(e.getData().toBytes()).contains("\"status\":\"REFUNDED\""), java.time.Duration.ofSeconds(30));
        }
        given().auth().oauth2(agency(agency)).get("/v1/payments/" + id).then().body("status", equalTo("REFUNDED"))
                .body("refunded.value", equalTo(5000));
        given().auth().oauth2(agency(agency)).get("/v1/payments/" + id + "/refunds").then().statusCode(200)
                .body("items.amount.value", org.hamcrest.Matchers.contains(2000, 3000));
        given().auth().oauth2(agency(agency)).get("/v1/ledger/trial-balance").then()
                .body("totalSen", equalTo(0))
                .body("accounts.find { it.account == 'GATEWAY_CLEARING' }.balanceSen", equalTo(0))
                .body("accounts.find { it.account == 'AGENCY_PAYABLE' }.balanceSen", equalTo(100));
        given().auth().oauth2(agency("OTHER")).header("Idempotency-Key", "k").contentType(ContentType.JSON)
                .body(partial).post("/v1/payments/" + id + "/refunds").then().statusCode(404);
    }

    @Test
    void receiptNumbersRunWithoutGapsPerAgencyAndYear() {
        String agency = newAgency();
        for (int i = 0; i < 5; i++) {
            String id = pendingPayment(payments, agency, 100 + i);
            String reference = authorize(id);
            if (i == 2) {
                notify(sandbox.decide(reference, SandboxAcquirer.Decision.DECLINE).get(0));
                continue;
            }
            notify(sandbox.decide(reference, SandboxAcquirer.Decision.APPROVE).get(0));
        }
        List<String> numbers = QuarkusTransaction.requiringNew().call(() -> Payment.<Payment>list(
                "agency = ?1 and receiptNumber is not null order by receiptNumber", agency).stream().map(p -> p.receiptNumber).toList());
        int year = MalaysiaTime.today().getYear();
        assertThat(numbers).containsExactly(agency + "-" + year + "-000001", agency + "-" + year + "-000002",
                agency + "-" + year + "-000003", agency + "-" + year + "-000004");
    }

    @Test
    void theDatabaseRefusesAnUnbalancedJournalEvenIfCodeTriedToWriteOne() {
        String agency = newAgency();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            UUID account = Ids.newId();
            UUID journal = Ids.newId();
            entityManager.createNativeQuery("INSERT INTO ledger_account (id, agency, code) VALUES (?1, ?2, 'GATEWAY_CLEARING')")
                    .setParameter(1, account).setParameter(2, agency).executeUpdate();
            entityManager.createNativeQuery("INSERT INTO ledger_journal (id, agency, kind, description, created_at) VALUES (?1, ?2, 'CHARGE', 'bad', now())")
                    .setParameter(1, journal).setParameter(2, agency).executeUpdate();
            entityManager.createNativeQuery("INSERT INTO ledger_posting (journal_id, account_id, amount_sen) VALUES (?1, ?2, 999)")
                    .setParameter(1, journal).setParameter(2, account).executeUpdate();
        })).satisfies(e -> assertThat(rootMessage(e)).contains("does not balance"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.grandTotal())).isZero();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE ledger_posting SET amount_sen = amount_sen + 1").executeUpdate()))
                .satisfies(e -> assertThat(rootMessage(e)).contains("append-only"));
    }

    @Test
    void withSandboxFeaturesOnTheSandboxRoutesAreDocumented() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/sandbox-acquirer/{reference}"))
                .body("paths", hasKey("/v1/acquirer-notifications/sandbox"));
    }

    @Test
    void theHostedPageLinkAndUnknownNotificationsAreHarmless() {
        String unknown = sandbox.message("SBX-NOPE", Acquirer.Outcome.APPROVED, 100, null).body();
        SandboxAcquirer.SignedMessage signed = new SandboxAcquirer.SignedMessage(unknown, HmacSigner.sign(sandboxKey, unknown));
        assertThat(notify(signed)).isEqualTo("IGNORED");
        given().get("/v1/trustmark-certificates/none").then().statusCode(404).body("detail", containsString("none"));
    }

    private static String rootMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
            for (Throwable suppressed : t.getSuppressed()) {
                all.append(suppressed.getMessage()).append(" | ");
            }
        }
        return all.toString();
    }
}
