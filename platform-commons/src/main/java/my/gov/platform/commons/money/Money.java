package my.gov.platform.commons.money;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount as the API carries it: {@code {"currency": "MYR", "value": 1050}}, the value in sen, never
 * negative and at most RM 100 million. A fee may be nothing; an amount someone is asked to pay or be
 * given back may not: such a field validates as {@link Payable}.
 */
@Schema(name = "Money", description = "An amount in sen (1/100 ringgit)")
public record Money(
        @NotNull @Size(max = 3) @Pattern(regexp = "MYR", message = "must be MYR") @Schema(examples = "MYR") String currency,
        @NotNull @Min(0) @Min(value = 1, groups = Payable.class) @Max(100_000_000_00L)
        @Schema(examples = "1050", minimum = "0") Long value) {

    /**
     * The group of an amount that moves money, so at least one sen; it extends {@link Default} so that
     * the other rules still hold. Use as {@code @Valid @ConvertGroup(to = Money.Payable.class) Money amount}.
     */
    public interface Payable extends Default {
    }

    public static Money myr(long sen) {
        return new Money("MYR", sen);
    }

    /** As people read it: {@code RM 30.00}. */
    public String display() {
        return String.format("RM %d.%02d", value / 100, value % 100);
    }
}
