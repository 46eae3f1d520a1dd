package my.gov.platform.payment.payments;

import my.gov.platform.commons.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Payment", description = "A payment and where it stands")
public record PaymentView(
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a30") UUID id,
        @Schema(examples = "JPJ") String agency,
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a20") UUID merchantId,
        Money amount,
        @Schema(description = "Refunded so far") Money refunded,
        @Schema(examples = "JPJ-RT-2026-000123") String billReference,
        @Schema(examples = "Road tax renewal WXY 1234") String description,
        @Schema(examples = "5b0c7c1e-2d7f-4f55-9b1a-3b3c2c1d0e9f") String payerSubject,
        List<PaymentMethod> allowedMethods,
        @Schema(examples = "https://bayar.jpj.gov.my/return") String returnUrl,
        @Schema(examples = "JPJ-CUKAI-JALAN-PEMBAHARUAN") String serviceId,
        @Schema(examples = "2026-11-22T11:00:00Z") Instant expiresAt,
        @Schema(examples = "CREATED") PaymentStatus status,
        @Schema(examples = "FPX_B2C") PaymentMethod method,
        @Schema(examples = "SBI_BANK_A") String bankCode,
        @Schema(description = "Official receipt number, once succeeded", examples = "JPJ-2026-000001") String receiptNumber,
        @Schema(examples = "Insufficient funds") String failureReason,
        @Schema(description = "Send the payer here", examples = "http://localhost:8082/pay/0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a30") String paymentPageUrl,
        @Schema(examples = "2026-11-22T10:30:00Z") Instant createdAt,
        @Schema(examples = "2026-11-22T10:35:00Z") Instant completedAt) {

    public static PaymentView of(Payment p, String publicBaseUrl) {
        return new PaymentView(p.id, p.agency, p.merchantId, Money.myr(p.amountSen), Money.myr(p.refundedSen),
                p.billReference, p.description, p.payerSubject, p.methods(), p.returnUrl, p.serviceId, p.expiresAt,
                p.status, p.method, p.bankCode, p.receiptNumber, p.failureReason, publicBaseUrl + "/pay/" + p.id,
                p.createdAt, p.completedAt);
    }
}
