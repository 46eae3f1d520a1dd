package my.gov.platform.payment.refunds;

import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import my.gov.platform.commons.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RefundRequest", description = "Give back part or all of a captured payment")
public record RefundRequest(
        @NotNull @Valid @ConvertGroup(to = Money.Payable.class) @Schema(description = "What goes back, at least 1 sen") Money amount,
        @Size(max = 500) @Schema(examples = "Duplicate payment by the citizen") String reason) {
}
