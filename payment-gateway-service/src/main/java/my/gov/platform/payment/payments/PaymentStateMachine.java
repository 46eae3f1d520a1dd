package my.gov.platform.payment.payments;

import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.payment.problems.GatewayProblem;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static my.gov.platform.payment.payments.PaymentStatus.CANCELLED;
import static my.gov.platform.payment.payments.PaymentStatus.CREATED;
import static my.gov.platform.payment.payments.PaymentStatus.EXPIRED;
import static my.gov.platform.payment.payments.PaymentStatus.FAILED;
import static my.gov.platform.payment.payments.PaymentStatus.PARTIALLY_REFUNDED;
import static my.gov.platform.payment.payments.PaymentStatus.PENDING;
import static my.gov.platform.payment.payments.PaymentStatus.REFUNDED;
import static my.gov.platform.payment.payments.PaymentStatus.SUCCEEDED;

/**
 * The only legal moves of a payment. EXPIRED to SUCCEEDED exists because a bank may approve after
 * our expiry (a late notification): the payer's money was taken, so the payment must succeed.
 */
public final class PaymentStateMachine {
    private static final Map<PaymentStatus, Set<PaymentStatus>> NEXT = Map.of(
            CREATED, EnumSet.of(PENDING, EXPIRED, CANCELLED),
            PENDING, EnumSet.of(PENDING, SUCCEEDED, FAILED, EXPIRED),
            EXPIRED, EnumSet.of(SUCCEEDED),
            SUCCEEDED, EnumSet.of(PARTIALLY_REFUNDED, REFUNDED),
            PARTIALLY_REFUNDED, EnumSet.of(PARTIALLY_REFUNDED, REFUNDED),
            FAILED, EnumSet.noneOf(PaymentStatus.class),
            CANCELLED, EnumSet.noneOf(PaymentStatus.class),
            REFUNDED, EnumSet.noneOf(PaymentStatus.class));

    private PaymentStateMachine() {
    }

    public static boolean allows(PaymentStatus from, PaymentStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static PaymentStatus move(PaymentStatus from, PaymentStatus to) {
        if (!allows(from, to)) {
            throw new ProblemException(GatewayProblem.ILLEGAL_PAYMENT_TRANSITION,
                    "A " + from + " payment cannot become " + to).with("currentStatus", from).with("requestedStatus", to);
        }
        return to;
    }

    /** The state after refunding, given what has been refunded in total. */
    public static PaymentStatus afterRefund(PaymentStatus from, long amountSen, long refundedSen) {
        return move(from, refundedSen >= amountSen ? REFUNDED : PARTIALLY_REFUNDED);
    }

    /** Whether the agency must be told by callback: the payer's attempt has ended one way or another. */
    public static boolean isFinal(PaymentStatus status) {
        return status != CREATED && status != PENDING;
    }

    /** Whether money was captured (and possibly partly or fully refunded since). */
    public static boolean wasCaptured(PaymentStatus status) {
        return status == SUCCEEDED || status == PARTIALLY_REFUNDED || status == REFUNDED;
    }
}
