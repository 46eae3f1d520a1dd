package my.gov.platform.payment.payments;

import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import my.gov.platform.commons.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "CreatePaymentRequest", description = "A payment an agency asks a payer to make")
public record CreatePaymentRequest(
        @NotNull @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a20") UUID merchantId,
        @NotNull @Valid @ConvertGroup(to = Money.Payable.class) @Schema(description = "What the payer pays, at least 1 sen") Money amount,
        @NotBlank @Size(max = 100) @Schema(examples = "JPJ-RT-2026-000123") String billReference,
        @NotBlank @Size(max = 500) @Schema(examples = "Road tax renewal WXY 1234") String description,
        @Valid Payer payer,
        @Size(min = 1, max = 4) @Schema(examples = "[\"FPX_B2C\", \"CARD\"]") List<@NotNull PaymentMethod> allowedMethods,
        @Size(max = 1000) @Schema(description = "One of the merchant's return URLs; the first one when absent",
                examples = "https://bayar.jpj.gov.my/return") String returnUrl,
        @Schema(description = "When the payment lapses; 30 minutes from now when absent, at most 7 days",
                examples = "2026-11-22T11:00:00Z") Instant expiresAt,
        @Size(max = 100) @Schema(description = "The service-catalogue service this fee is for",
                examples = "JPJ-CUKAI-JALAN-PEMBAHARUAN") String serviceId) {

    /** Contact details only: an agency cannot tie a payment to a citizen's account; the payer's own sign-in does. */
    @Schema(name = "Payer", description = "Who pays, as the agency knows them; all optional. The payment joins a citizen's "
            + "payments (GET /v1/me/payments) only when they pay it signed in, never by the agency naming them")
    public record Payer(
            @Size(max = 200) @Schema(examples = "Aminah binti Abu") String name,
            @Size(max = 200) @Schema(examples = "aminah@example.com") String email) {
    }
}
