package my.gov.platform.catalogue.kpi;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetRequest", description = "Raise the E2E rate of a dimension key by risePercent of its baseline")
public record TargetRequest(
        @NotNull Dimension dimension,
        @NotBlank @Size(max = 60) @Schema(examples = "ALL") String key,
        @NotBlank @Size(max = 7) @Pattern(regexp = Quarter.PATTERN, message = "must be a quarter such as 2025-Q4") @Schema(examples = "2025-Q4") String baselineQuarter,
        @NotBlank @Size(max = 7) @Pattern(regexp = Quarter.PATTERN, message = "must be a quarter such as 2026-Q4") @Schema(examples = "2026-Q4") String targetQuarter,
        @NotNull @Min(1) @Max(1000) @Schema(examples = "40") Integer risePercent) {
}
