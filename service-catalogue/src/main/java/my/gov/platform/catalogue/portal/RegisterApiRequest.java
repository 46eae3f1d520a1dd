package my.gov.platform.catalogue.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterApiRequest")
public record RegisterApiRequest(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,59}", message = "must be lower-case kebab-case") @Schema(examples = "jpj-vehicle-api") String name,
        @NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(examples = "https://api.jpj.gov.my/q/openapi?format=json") String url) {
}
