package my.gov.platform.identity.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A signed access token and what the token response says about it. */
public record IssuedToken(String value, String jti, Instant issuedAt, Instant expiresAt, String scope, boolean dpopBound) {
    /** The token response (RFC 6749 §5.1) for this token; a grant adds its refresh and ID tokens to it. */
    public Map<String, Object> tokenResponse() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", value);
        body.put("token_type", dpopBound ? "DPoP" : "Bearer");
        body.put("expires_in", Duration.between(issuedAt, expiresAt).toSeconds());
        body.put("scope", scope);
        return body;
    }
}
