package my.gov.platform.identity.oauth;

/**
 * An error answered the RFC 6749 §5.2 way ({@code {"error": "...", "error_description": "..."}}) on
 * the OAuth endpoints, which OAuth clients parse, instead of an RFC 9457 problem.
 */
public class OAuthError extends RuntimeException {
    private final String error;
    private final int status;

    private OAuthError(String error, String description, int status) {
        super(description, null, false, false);
        this.error = error;
        this.status = status;
    }

    public static OAuthError invalidRequest(String description) {
        return new OAuthError("invalid_request", description, 400);
    }

    /** Client authentication failed: 401, with a challenge. The description never says which part was wrong. */
    public static OAuthError invalidClient() {
        return new OAuthError("invalid_client", "Client authentication failed", 401);
    }

    public static OAuthError invalidGrant(String description) {
        return new OAuthError("invalid_grant", description, 400);
    }

    public static OAuthError unauthorizedClient(String description) {
        return new OAuthError("unauthorized_client", description, 400);
    }

    public static OAuthError unsupportedGrantType(String grantType) {
        return new OAuthError("unsupported_grant_type", "Grant type " + grantType + " is not supported", 400);
    }

    public static OAuthError invalidScope(String description) {
        return new OAuthError("invalid_scope", description, 400);
    }

    /** RFC 9449 §5: the DPoP proof is missing, malformed, replayed or for another request. */
    public static OAuthError invalidDpopProof(String description) {
        return new OAuthError("invalid_dpop_proof", description, 400);
    }

    /** RFC 8707 §2: the requested resource is malformed, repeated, or not one the client may have a token for. */
    public static OAuthError invalidTarget(String description) {
        return new OAuthError("invalid_target", description, 400);
    }

    public static OAuthError unsupportedTokenType(String description) {
        return new OAuthError("unsupported_token_type", description, 400);
    }

    public String error() {
        return error;
    }

    public int status() {
        return status;
    }
}
