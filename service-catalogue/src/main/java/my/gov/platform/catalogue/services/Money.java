package my.gov.platform.catalogue.services;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Money", description = "An amount in sen")
public record Money(
        @NotNull @Size(max = 3) @Pattern(regexp = "MYR", message = "must be MYR") @Schema(examples = "MYR") String currency,
        @NotNull @Min(0) @Max(100_000_000_00L) @Schema(examples = "3000") Long value) {

    /** As people read it: {@code RM 30.00}. */
    public String display() {
        return String.format("RM %d.%02d", value / 100, value % 100);
    }
}
