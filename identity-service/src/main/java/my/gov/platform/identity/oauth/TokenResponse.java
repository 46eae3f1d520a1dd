package my.gov.platform.identity.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the token response (RFC 6749 §5.1) in the OpenAPI document. */
@Schema(name = "TokenResponse", description = "Successful token response")
public record TokenResponse(
        @JsonProperty("access_token") @Schema(examples = "eyJ0eXAiOiJhdCtqd3QiLCJhbGciOiJSUzI1NiJ9...") String accessToken,
        @JsonProperty("token_type") @Schema(examples = "Bearer") String tokenType,
        @JsonProperty("expires_in") @Schema(examples = "300") long expiresIn,
        @Schema(examples = "payments.read payments.write") String scope) {
}
