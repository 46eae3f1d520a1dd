package my.gov.platform.payment.refunds;

import my.gov.platform.commons.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Refund", description = "A refund of a payment")
public record RefundView(
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a40") UUID id,
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a30") UUID paymentId,
        Money amount,
        @Schema(examples = "Duplicate payment by the citizen") String reason,
        @Schema(examples = "SUCCEEDED") String status,
        @Schema(examples = "2026-11-22T12:00:00Z") Instant createdAt) {

    static RefundView of(Refund r) {
        return new RefundView(r.id, r.paymentId, Money.myr(r.amountSen), r.reason, r.status, r.createdAt);
    }
}
