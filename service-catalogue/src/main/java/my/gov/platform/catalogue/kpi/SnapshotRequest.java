package my.gov.platform.catalogue.kpi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SnapshotRequest")
public record SnapshotRequest(
        @NotBlank @Size(max = 7) @Pattern(regexp = Quarter.PATTERN, message = "must be a quarter such as 2026-Q4") @Schema(examples = "2026-Q4") String quarter) {
}
