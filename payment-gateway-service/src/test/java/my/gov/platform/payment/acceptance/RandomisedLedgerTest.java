package my.gov.platform.payment.acceptance;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.commons.money.Money;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.payment.acquirers.AcquirerNotifications;
import my.gov.platform.payment.acquirers.SandboxAcquirer;
import my.gov.platform.payment.ledger.Ledger;
import my.gov.platform.payment.ledger.LedgerAccount;
import my.gov.platform.payment.payments.CreatePaymentRequest;
import my.gov.platform.payment.payments.Payment;
import my.gov.platform.payment.payments.PaymentMethod;
import my.gov.platform.payment.payments.PaymentStateMachine;
import my.gov.platform.payment.payments.PaymentStatus;
import my.gov.platform.payment.payments.Payments;
import my.gov.platform.payment.refunds.RefundRequest;
import my.gov.platform.payment.refunds.Refunds;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import static my.gov.platform.payment.support.GatewayFixtures.activeTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.merchant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A randomised run of mixed operations, driven through the domain services (HTTP is not the
 * point here), after which the books must balance and every success must be charged exactly once.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class RandomisedLedgerTest {
    private static final int OPERATIONS = 1000;
    private static final long SEED = 20261125L;

    @Inject
    Payments payments;
    @Inject
    Refunds refunds;
    @Inject
    SandboxAcquirer sandbox;
    @Inject
    AcquirerNotifications notifications;
    @Inject
    Ledger ledger;

    @Test
    void afterAThousandMixedOperationsTheBooksBalanceAndEachSuccessIsChargedOnce() throws IOException {
        HttpServer agencyServer = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        agencyServer.createContext("/cb", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        agencyServer.start();
        try {
            runAndCheck("http://127.0.0.2:" + agencyServer.getAddress().getPort() + "/cb");
        } finally {
            agencyServer.stop(0);
        }
    }

    private void runAndCheck(String callbackUrl) {
        String agency = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        UUID merchant = UUID.fromString(merchant(agency, activeTrustmark(agency, "bayar.rand.gov.my", "127.0.0.2"),
                "https://bayar.rand.gov.my/r", callbackUrl).get("id"));
        Random random = new Random(SEED);
        List<UUID> created = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<SandboxAcquirer.SignedMessage> sent = new ArrayList<>();
        Map<String, Integer> performed = new java.util.TreeMap<>();

        for (int i = 0; i < OPERATIONS; i++) {
            int dice = random.nextInt(100);
            String operation;
            if (dice < 25 || created.isEmpty() && pending.isEmpty()) {
                operation = "create";
                long sen = 1 + random.nextInt(50_000);
                created.add(QuarkusTransaction.requiringNew().call(() -> payments.create(agency, new CreatePaymentRequest(
                        merchant, Money.myr(sen), "B" + sen, "Random fee", null, null, null, null, "svc-random")).id));
            } else if (dice < 40 && !created.isEmpty()) {
                operation = "authorize";
                UUID id = created.remove(random.nextInt(created.size()));
                PaymentMethod method = PaymentMethod.values()[random.nextInt(PaymentMethod.values().length)];
                String bank = method == PaymentMethod.FPX_B2B ? "SBXB001" : "SBX0002";
                pending.add(payments.startAuthorization(id, method, bank).reference());
            } else if (dice < 60 && !pending.isEmpty()) {
                operation = "approve";
                List<SandboxAcquirer.SignedMessage> messages = sandbox.decide(pending.remove(random.nextInt(pending.size())),
                        random.nextBoolean() ? SandboxAcquirer.Decision.APPROVE : SandboxAcquirer.Decision.APPROVE_WITH_DUPLICATE);
                messages.forEach(m -> notifications.receive(m.body(), m.signature()));
                sent.addAll(messages);
            } else if (dice < 70 && !pending.isEmpty()) {
                operation = "decline";
                List<SandboxAcquirer.SignedMessage> messages = sandbox.decide(pending.remove(random.nextInt(pending.size())),
                        SandboxAcquirer.Decision.DECLINE);
                messages.forEach(m -> notifications.receive(m.body(), m.signature()));
                sent.addAll(messages);
            } else if (dice < 85 && !sent.isEmpty()) {
                operation = "duplicate-notification";
                SandboxAcquirer.SignedMessage again = sent.get(random.nextInt(sent.size()));
                assertThat(notifications.receive(again.body(), again.signature())).isEqualTo(Payments.OutcomeResult.DUPLICATE);
            } else {
                operation = refundSomething(agency, random);
            }
            performed.merge(operation, 1, Integer::sum);
        }

        List<Payment> all = QuarkusTransaction.requiringNew().call(() -> Payment.<Payment>list("agency", agency));
        long charges = 0;
        long capturedSen = 0;
        long refundedSen = 0;
        for (Payment payment : all) {
            long journals = QuarkusTransaction.requiringNew().call(() -> ledger.journalCount(payment.id, Ledger.JournalKind.CHARGE));
            if (PaymentStateMachine.wasCaptured(payment.status)) {
                assertThat(journals).as("charges of succeeded payment %s", payment.id).isEqualTo(1);
                assertThat(payment.receiptNumber).isNotNull();
                charges++;
                capturedSen += payment.amountSen;
                refundedSen += payment.refundedSen;
            } else {
                assertThat(journals).as("charges of %s payment %s", payment.status, payment.id).isZero();
            }
        }
        List<Ledger.Balance> trial = QuarkusTransaction.requiringNew().call(() -> ledger.trialBalance(agency));
        assertThat(trial.stream().mapToLong(Ledger.Balance::balanceSen).sum()).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.grandTotal())).isZero();
        Map<LedgerAccount, Long> balances = trial.stream().collect(Collectors.toMap(Ledger.Balance::account, Ledger.Balance::balanceSen));
        assertThat(balances.get(LedgerAccount.GATEWAY_CLEARING)).isEqualTo(capturedSen - refundedSen);
        assertThat(performed.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(OPERATIONS);
        assertThat(performed).containsKeys("create", "authorize", "approve", "decline", "duplicate-notification", "refund", "refund-refused");
        assertThat(charges).isPositive();
    }

    private String refundSomething(String agency, Random random) {
        List<UUID> refundable = QuarkusTransaction.requiringNew().call(() -> Payment.<Payment>list("agency = ?1 and status in ?2",
                agency, List.of(PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED)).stream().map(p -> p.id).toList());
        if (refundable.isEmpty()) {
            return "refund-skipped";
        }
        UUID id = refundable.get(random.nextInt(refundable.size()));
        Payment payment = QuarkusTransaction.requiringNew().call(() -> Payment.<Payment>findById(id));
        long left = payment.amountSen - payment.refundedSen;
        boolean tooMuch = random.nextInt(5) == 0;
        long amount = tooMuch ? left + 1 + random.nextInt(1000) : 1 + (long) (random.nextDouble() * left);
        try {
            QuarkusTransaction.requiringNew().run(() -> refunds.refund(agency, id, new RefundRequest(Money.myr(amount), "random")));
            assertThat(tooMuch).as("refund above what is refundable was accepted").isFalse();
            return "refund";
        } catch (ProblemException refused) {
            assertThat(tooMuch).as("refund within what is refundable was refused: " + refused.getMessage()).isTrue();
            return "refund-refused";
        }
    }
}
