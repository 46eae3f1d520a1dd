package my.gov.platform.exchange.subscriptions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response shapes of subscriptions and registry changes. */
public final class SubscriptionRequests {
    private SubscriptionRequests() {
    }

    @Schema(name = "Subscribe", description = "Hear about changes to a product, within one of the caller's approved agreements")
    public record Subscribe(
            @NotNull @Schema(examples = "0195a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID agreementId) {
    }

    @Schema(name = "Subscription")
    public record SubscriptionView(@Schema(examples = "0195a1c2-7d4e-7b1a-9f00-2f1f3e6c9a11") UUID id,
                                   @Schema(examples = "KWAP") String subscriberAgency,
                                   @Schema(examples = "01950000-0000-7000-8000-000000000016") UUID productId,
                                   @Schema(examples = "0195a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID agreementId,
                                   @Schema(examples = "2026-11-25T10:15:30Z") Instant createdAt) {
        static SubscriptionView of(Subscription s) {
            return new SubscriptionView(s.id, s.subscriberAgency, s.productId, s.agreementId, s.createdAt);
        }
    }

    @Schema(name = "ReportChange", description = "An owner agency reports a change to one record of its registry")
    public record ReportChange(
            @NotBlank @Size(max = 100) @Schema(examples = "400101-14-5023") String recordKey,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be UPPER_SNAKE_CASE")
            @Schema(examples = "DEATH_REGISTERED") String changeType,
            @NotEmpty @Size(max = 50) @Schema(examples = "[\"dateOfDeath\"]") List<@NotBlank @Size(max = 60) String> changedFields,
            @NotNull @Schema(examples = "2026-11-20T08:00:00Z") Instant occurredAt) {
    }

    @Schema(name = "ReportedChange")
    public record ReportedChange(@Schema(examples = "0195a1c2-7d4e-7b1a-9f00-2f1f3e6c9a12") UUID changeId,
                                 @Schema(examples = "1", description = "Subscribers whose agreement covers the change") int deliveries) {
    }

    @Schema(name = "RegistryChange", description = "A delivered change, readable only by the subscribers it was delivered to")
    public record ChangeView(@Schema(examples = "0195a1c2-7d4e-7b1a-9f00-2f1f3e6c9a12") UUID changeId,
                             @Schema(examples = "POPULATION") String productCode,
                             @Schema(examples = "DEATH_REGISTERED") String changeType,
                             @Schema(examples = "400101-14-5023") String recordKey,
                             @Schema(examples = "[\"dateOfDeath\"]") List<String> changedFields,
                             @Schema(examples = "2026-11-20T08:00:00Z") Instant occurredAt) {
    }
}
