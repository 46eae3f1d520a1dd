package my.gov.platform.payment.payments;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Money", description = "An amount in sen (1/100 ringgit)")
public record Money(
        @NotNull @Size(max = 3) @Pattern(regexp = "MYR", message = "must be MYR") @Schema(examples = "MYR") String currency,
        @NotNull @Min(1) @Max(100_000_000_00L) @Schema(examples = "1050") Long value) {

    public static Money myr(long sen) {
        return new Money("MYR", sen);
    }
}
