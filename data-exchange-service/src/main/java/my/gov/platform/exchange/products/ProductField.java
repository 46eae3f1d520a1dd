package my.gov.platform.exchange.products;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import my.gov.platform.exchange.classification.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of a product's published schema, with its own classification. */
@Schema(name = "ProductField")
public record ProductField(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z][A-Za-z0-9]{0,59}", message = "must be a camelCase field name")
        @Schema(examples = "fullName") String name,
        @NotBlank @Size(max = 7) @Pattern(regexp = "string|integer|number|boolean|array|object", message = "must be a JSON Schema type")
        @Schema(examples = "string") String type,
        @Size(max = 20) @Schema(examples = "date", description = "JSON Schema format, if any") String format,
        @NotNull @Schema(examples = "TERHAD") Classification classification,
        @Schema(examples = "false", description = "The citizen must consent before this field is released") boolean consentRequired,
        @Size(max = 300) @Schema(examples = "Full name as on MyKad") String description) {
}
