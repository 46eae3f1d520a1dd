package my.gov.platform.identity.authorize;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Consent", description = "Scopes a person allowed a client to receive")
public record ConsentView(
        @Schema(examples = "demo-agency") String clientId,
        @Schema(examples = "JPJ road tax renewal") String clientName,
        @Schema(examples = "[\"openid\", \"profile\"]") List<String> scopes,
        @Schema(examples = "2026-11-25T13:00:00Z") Instant grantedAt) {
}
