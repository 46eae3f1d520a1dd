package my.gov.platform.catalogue.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferenceItemRequest", description = "Names of a reference entry; parent for clusters, domains (a sector) and life events (a target group)")
public record ReferenceItemRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Kelahiran") String nameMs,
        @NotBlank @Size(max = 200) @Schema(examples = "Birth") String nameEn,
        @Size(max = 40) @Schema(examples = "G2C") String parent) {
}
