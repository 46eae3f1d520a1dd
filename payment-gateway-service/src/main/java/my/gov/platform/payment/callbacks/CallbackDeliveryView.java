package my.gov.platform.payment.callbacks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "CallbackDelivery", description = "A callback owed to the agency and its attempts")
public record CallbackDeliveryView(
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a50") UUID id,
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a30") UUID paymentId,
        @Schema(examples = "payment.succeeded") String event,
        @Schema(examples = "DELIVERED") String state,
        @Schema(examples = "1") int attempts,
        @Schema(examples = "2026-11-22T10:36:00Z") Instant nextAttemptAt,
        @Schema(examples = "2026-11-22T10:35:01Z") Instant deliveredAt,
        List<Attempt> log) {

    @Schema(name = "CallbackAttempt")
    public record Attempt(@Schema(examples = "2026-11-22T10:35:01Z") Instant at,
                          @Schema(examples = "200") Integer statusCode,
                          @Schema(examples = "ConnectException: Connection refused") String error,
                          @Schema(examples = "42") long durationMs) {
    }

    static CallbackDeliveryView of(CallbackDelivery d, List<CallbackAttempt> attempts) {
        String state = d.deliveredAt != null ? "DELIVERED" : d.givenUpAt != null ? "GAVE_UP" : "PENDING";
        return new CallbackDeliveryView(d.id, d.paymentId, d.event, state, d.attempts,
                d.deliveredAt == null && d.givenUpAt == null ? d.nextAttemptAt : null, d.deliveredAt,
                attempts.stream().map(a -> new Attempt(a.attemptedAt, a.statusCode, a.error, a.durationMs)).toList());
    }
}
