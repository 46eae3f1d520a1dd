package my.gov.platform.identity.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the OAuth error response (RFC 6749 §5.2) in the OpenAPI document. */
@Schema(name = "OAuthError", description = "OAuth 2.0 error response")
public record OAuthErrorResponse(
        @Schema(examples = "invalid_client") String error,
        @JsonProperty("error_description") @Schema(examples = "Client authentication failed") String errorDescription) {
}
