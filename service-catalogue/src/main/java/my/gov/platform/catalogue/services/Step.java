package my.gov.platform.catalogue.services;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One step of a service: which generic process it performs, over which channel, and how. */
@Schema(name = "Step")
public record Step(
        @NotBlank @Size(max = 60) @Schema(description = "One of the 20 generic processes", examples = "REGISTER") String process,
        @NotBlank @Size(max = 60) @Schema(examples = "WEB") String channel,
        @NotNull StepMode mode,
        @Size(max = 30)
        @Schema(description = "Data items the customer types in at this step (registry field names where they exist)",
                examples = "[\"fullName\", \"address\"]")
        List<@NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z][A-Za-z0-9]{0,59}", message = "must be a field name such as fullName") String> asksFor) {

    public List<String> asksForOrEmpty() {
        return asksFor == null ? List.of() : asksFor;
    }
}
