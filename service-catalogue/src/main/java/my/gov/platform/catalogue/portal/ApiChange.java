package my.gov.platform.catalogue.portal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiChange", description = "One difference between two versions of an OpenAPI document")
public record ApiChange(
        ApiChangeKind kind,
        @Schema(examples = "/v1/trustmarks/{id}") String path,
        @Schema(examples = "DELETE", description = "Absent for whole-path changes") String method,
        @Schema(examples = "true") boolean breaking,
        @Schema(examples = "Operation DELETE /v1/trustmarks/{id} was removed") String description) {
}
