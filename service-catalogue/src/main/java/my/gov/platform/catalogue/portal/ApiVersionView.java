package my.gov.platform.catalogue.portal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "ApiVersion", description = "A distinct version of an OpenAPI document and what changed from the previous one")
public record ApiVersionView(
        UUID id,
        @Schema(examples = "payment-gateway-service") String source,
        @Schema(examples = "9f2c...") String sha256,
        @Schema(examples = "payment-gateway-service API") String title,
        @Schema(examples = "1.0.0") String apiVersion,
        Instant fetchedAt,
        @Schema(examples = "12") int operations,
        boolean breaking,
        List<ApiChange> changes) {

    static ApiVersionView of(ApiVersion v, int operations) {
        return new ApiVersionView(v.id, v.source, v.sha256, v.title, v.apiVersion, v.fetchedAt, operations, v.breaking, List.copyOf(v.changes));
    }
}
