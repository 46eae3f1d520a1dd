package my.gov.platform.payment.refunds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.payment.ledger.JournalEntry;
import my.gov.platform.payment.ledger.Ledger;
import my.gov.platform.payment.payments.Payment;
import my.gov.platform.payment.payments.PaymentEventData;
import my.gov.platform.payment.payments.PaymentStateMachine;
import my.gov.platform.payment.payments.Payments;
import my.gov.platform.payment.problems.GatewayProblem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Refunds of captured payments, booked against what the agency is owed. The payment row is locked
 * so concurrent refunds can never add up to more than was captured. The sandbox acquirer settles
 * refunds at once, so a refund is SUCCEEDED when created.
 */
@ApplicationScoped
public class Refunds {
    private final Payments payments;
    private final Ledger ledger;

    Refunds(Payments payments, Ledger ledger) {
        this.payments = payments;
        this.ledger = ledger;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Refund refund(String agency, UUID paymentId, RefundRequest request) {
        payments.get(agency, paymentId);
        Payment payment = payments.lock(paymentId);
        long amount = request.amount().value();
        if (!PaymentStateMachine.wasCaptured(payment.status)) {
            throw new ProblemException(GatewayProblem.ILLEGAL_PAYMENT_TRANSITION,
                    "Only a succeeded payment can be refunded; this one is " + payment.status).with("currentStatus", payment.status);
        }
        long refundable = payment.amountSen - payment.refundedSen;
        if (amount > refundable) {
            throw new ProblemException(GatewayProblem.REFUND_EXCEEDS_CAPTURED,
                    "At most " + refundable + " sen can still be refunded").with("refundableSen", refundable);
        }
        Refund refund = new Refund();
        refund.id = Ids.newId();
        refund.paymentId = payment.id;
        refund.agency = agency;
        refund.amountSen = amount;
        refund.reason = request.reason();
        refund.status = "SUCCEEDED";
        refund.createdAt = Instant.now();
        refund.persist();
        payment.refundedSen += amount;
        payment.status = PaymentStateMachine.afterRefund(payment.status, payment.amountSen, payment.refundedSen);
        ledger.post(agency, Ledger.JournalKind.REFUND, payment.id, refund.id, "Refund " + payment.billReference,
                JournalEntry.refund(amount));
        payments.announce(payment, "my.gov.payment.refunded", PaymentEventData.of(payment).withRefund(refund.id, amount));
        return refund;
    }

    public List<Refund> of(String agency, UUID paymentId) {
        payments.get(agency, paymentId);
        return Refund.list("paymentId = ?1 order by id", paymentId);
    }
}
