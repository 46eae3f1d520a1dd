package my.gov.platform.payment.payments;

import my.gov.platform.commons.money.Money;

import java.util.UUID;

/** The snapshot on every payment event: ids and amounts, never the payer's personal data. */
public record PaymentEventData(UUID paymentId, String agency, UUID merchantId, Money amount, Money refunded,
                               String billReference, PaymentStatus status, PaymentMethod method, String receiptNumber,
                               String serviceId, UUID refundId, Money refundAmount) {

    public static PaymentEventData of(Payment p) {
        return new PaymentEventData(p.id, p.agency, p.merchantId, Money.myr(p.amountSen), Money.myr(p.refundedSen),
                p.billReference, p.status, p.method, p.receiptNumber, p.serviceId, null, null);
    }

    public PaymentEventData withRefund(UUID refundId, long refundSen) {
        return new PaymentEventData(paymentId, agency, merchantId, amount, refunded, billReference, status, method,
                receiptNumber, serviceId, refundId, Money.myr(refundSen));
    }
}
