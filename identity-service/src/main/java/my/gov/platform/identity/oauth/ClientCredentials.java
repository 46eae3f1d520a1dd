package my.gov.platform.identity.oauth;

import my.gov.platform.identity.clients.ClientAuthMethod;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The client credentials found in one request, before they are checked. Exactly one
 * authentication method may be used per request (RFC 6749 §2.3).
 */
record ClientCredentials(ClientAuthMethod method, String clientId, String secret, String assertion) {
    static final String JWT_BEARER_ASSERTION = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    static ClientCredentials from(String authorization, Map<String, List<String>> form) {
        String postedId = single(form, "client_id");
        String postedSecret = single(form, "client_secret");
        String assertionType = single(form, "client_assertion_type");
        String assertion = single(form, "client_assertion");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        int methods = (basic ? 1 : 0) + (postedSecret != null ? 1 : 0) + (assertion != null ? 1 : 0);
        if (methods > 1) {
            throw OAuthError.invalidRequest("Use exactly one client authentication method");
        }
        if (basic) {
            return fromBasic(authorization.substring(6).trim(), postedId);
        }
        if (postedSecret != null) {
            if (postedId == null) {
                throw OAuthError.invalidClient();
            }
            return new ClientCredentials(ClientAuthMethod.CLIENT_SECRET_POST, postedId, postedSecret, null);
        }
        if (assertion != null) {
            if (!JWT_BEARER_ASSERTION.equals(assertionType)) {
                throw OAuthError.invalidRequest("client_assertion_type must be " + JWT_BEARER_ASSERTION);
            }
            String claimed = ClientAssertionVerifier.claimedClientId(assertion).orElseThrow(OAuthError::invalidClient);
            if (postedId != null && !postedId.equals(claimed)) {
                throw OAuthError.invalidClient();
            }
            return new ClientCredentials(ClientAuthMethod.PRIVATE_KEY_JWT, claimed, null, assertion);
        }
        if (postedId != null) {
            return new ClientCredentials(ClientAuthMethod.NONE, postedId, null, null);
        }
        throw OAuthError.invalidClient();
    }

    private static ClientCredentials fromBasic(String encoded, String postedId) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidClient();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw OAuthError.invalidClient();
        }
        // RFC 6749 §2.3.1: both parts are form-url-encoded before Base64.
        String id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
        String secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
        if (postedId != null && !postedId.equals(id)) {
            throw OAuthError.invalidClient();
        }
        return new ClientCredentials(ClientAuthMethod.CLIENT_SECRET_BASIC, id, secret, null);
    }

    /** A parameter that may appear at most once (RFC 6749 §3.1). */
    static String single(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw OAuthError.invalidRequest("Parameter " + name + " is repeated");
        }
        String value = values.get(0);
        return value == null || value.isEmpty() ? null : value;
    }
}
