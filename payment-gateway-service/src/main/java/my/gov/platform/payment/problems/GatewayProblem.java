package my.gov.platform.payment.problems;

import my.gov.platform.commons.problem.ProblemKind;

/** Problem kinds of the gateway beyond the trustmark refusals. */
public enum GatewayProblem implements ProblemKind {
    IDEMPOTENCY_KEY_REQUIRED("idempotency-key-required", 400, "Idempotency-Key header required",
            "Operations that create or move money need an Idempotency-Key header (1 to 255 printable characters) so a retry never charges twice."),
    ILLEGAL_PAYMENT_TRANSITION("illegal-payment-transition", 409, "The payment cannot change to that state",
            "Payments move CREATED to PENDING to SUCCEEDED, FAILED, EXPIRED or CANCELLED, then to PARTIALLY_REFUNDED or REFUNDED; other changes are refused."),
    REFUND_EXCEEDS_CAPTURED("refund-exceeds-captured", 422, "Refund above what was captured",
            "The refunds of a payment may never add up to more than the amount captured."),
    RETURN_URL_NOT_REGISTERED("return-url-not-registered", 422, "Return URL not registered",
            "A payment may only send the payer back to one of the merchant's registered return URLs."),
    METHOD_NOT_ALLOWED_FOR_PAYMENT("method-not-allowed-for-payment", 422, "Payment method not allowed",
            "The payer chose a method the agency did not allow for this payment."),
    BANK_OFFLINE("bank-offline", 422, "The bank is offline",
            "The chosen FPX bank is not taking payments now; choose another bank or try later."),
    ACQUIRER_SIGNATURE_INVALID("acquirer-signature-invalid", 401, "Acquirer message signature invalid",
            "The acquirer notification's signature does not match its content; it was rejected and changed nothing."),
    ACQUIRER_NOTIFICATION_STALE("acquirer-notification-stale", 422, "Acquirer notification outside its time window",
            "An acquirer notification is acted on only if its sentAt lies within the gateway's window (five minutes back, one minute ahead by default); this one was refused and changed nothing."),
    NO_ACQUIRER("no-acquirer", 503, "No acquirer available",
            "The gateway has no acquirer configured to take this payment; nothing was charged."),
    PAYMENT_EXPIRED("payment-expired", 409, "The payment has expired",
            "The payment's expiry time has passed; the agency must create a new payment."),
    MERCHANT_URL_NOT_COVERED("merchant-url-not-covered", 422, "A merchant URL is outside its trustmark",
            "A payment application's return URLs and callback URL must be on host names its MTSA trustmark covers: "
                    + "the trustmark certifies those hosts, and neither the payer nor the payment results may go elsewhere.");

    private final Definition definition;

    GatewayProblem(String slug, int status, String title, String explanation) {
        this.definition = new Definition(slug, status, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
