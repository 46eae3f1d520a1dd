package my.gov.platform.exchange.agreements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementDecision", description = "Why the owner rejects or revokes an agreement")
public record DecisionRequest(
        @NotBlank @Size(max = 500) @Schema(examples = "The stated purpose does not need the address") String reason) {
}
