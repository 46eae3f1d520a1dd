package my.gov.platform.identity.oauth;

import java.time.Instant;

/** A signed access token and what the token response says about it. */
public record IssuedToken(String value, String jti, Instant issuedAt, Instant expiresAt, String scope, boolean dpopBound) {
}
