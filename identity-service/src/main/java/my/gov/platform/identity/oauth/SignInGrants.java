package my.gov.platform.identity.oauth;

import my.gov.platform.identity.clients.OAuthClient;

import java.util.Map;

/**
 * The grants that rest on a person's sign-in (authorization_code and refresh_token). The authorization side builds
 * them on top of this package's tokens, so the token and revocation endpoints reach them through this port rather
 * than depending on it back.
 */
public interface SignInGrants {
    /** The token response for a code, or {@link OAuthError} invalid_grant. */
    Map<String, Object> exchange(OAuthClient client, String code, String redirectUri, String verifier, String dpopJkt);

    /** The token response for a rotated refresh token, or {@link OAuthError} invalid_grant. */
    Map<String, Object> refresh(OAuthClient client, String token, String dpopJkt);

    /** Revokes the client's refresh token, if {@code token} is one, and the access tokens it issued. */
    void revokeRefreshToken(String token, OAuthClient client);
}
