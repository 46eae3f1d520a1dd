package my.gov.platform.catalogue.services;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The computed E2E status of a service and why. */
@Schema(name = "E2eAssessment")
public record E2eAssessment(
        E2eStatus status,
        @Schema(examples = "Step 2 (VERIFY_CHECK over COUNTER) is done at a counter on agency computers") String reason,
        @Schema(examples = "Langkah 2 (VERIFY_CHECK melalui COUNTER) dibuat di kaunter menggunakan komputer agensi") String reasonMs,
        @Schema(description = "1-based number of the step that keeps the service from being E2E; absent when E2E",
                examples = "2") Integer breakingStep) {
}
