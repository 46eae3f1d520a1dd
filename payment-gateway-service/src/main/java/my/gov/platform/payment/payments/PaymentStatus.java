package my.gov.platform.payment.payments;

public enum PaymentStatus {
    CREATED, PENDING, SUCCEEDED, FAILED, EXPIRED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED
}
