package my.gov.platform.identity.authorize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.identity.crypto.OpaqueTokens;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.oauth.OAuthError;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** RFC 9126 pushed authorization requests: stored for a minute, used once. */
@ApplicationScoped
public class PushedRequests {
    public static final String URN_PREFIX = "urn:ietf:params:oauth:request_uri:";
    static final Duration VALIDITY = Duration.ofSeconds(60);
    private static final Set<String> CLIENT_AUTHENTICATION = Set.of("client_secret", "client_assertion", "client_assertion_type");

    private final ObjectMapper json;

    PushedRequests(ObjectMapper json) {
        this.json = json;
    }

    @Transactional
    public String push(OAuthClient client, Map<String, String> params) {
        if (params.containsKey("request_uri") || params.containsKey("request")) {
            throw OAuthError.invalidRequest("request_uri and request objects cannot be pushed");
        }
        String redirectUri = params.get("redirect_uri");
        if (redirectUri == null || !client.redirectUris.contains(redirectUri)) {
            throw OAuthError.invalidRequest("redirect_uri is not registered for the client");
        }
        // Refused here, not only when the request_uri is used, so the client learns at once and no request lacking it is stored.
        Pkce.refusal(params.get("code_challenge"), params.get("code_challenge_method")).ifPresent(refusal -> {
            throw OAuthError.invalidRequest(refusal);
        });
        Map<String, String> stored = new java.util.HashMap<>(params);
        stored.keySet().removeAll(CLIENT_AUTHENTICATION);
        stored.put("client_id", client.clientId);
        PushedRequest request = new PushedRequest();
        request.id = URN_PREFIX + OpaqueTokens.generate();
        request.clientId = client.clientId;
        try {
            request.parameters = json.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        request.expiresAt = Instant.now().plus(VALIDITY);
        request.persist();
        return request.id;
    }

    /** The pushed parameters, once, when the request_uri belongs to the client and has not expired. */
    @Transactional
    public Optional<Map<String, String>> redeem(String requestUri, String clientId) {
        PushedRequest request = PushedRequest.findById(requestUri);
        Instant now = Instant.now();
        if (request == null || !request.clientId.equals(clientId) || request.usedAt != null || !request.expiresAt.isAfter(now)) {
            return Optional.empty();
        }
        request.usedAt = now;
        try {
            return Optional.of(json.readValue(request.parameters, new TypeReference<Map<String, String>>() {
            }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
