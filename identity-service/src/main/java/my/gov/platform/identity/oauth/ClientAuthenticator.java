package my.gov.platform.identity.oauth;

import com.nimbusds.jwt.JWTClaimsSet;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.crypto.OpaqueTokens;
import my.gov.platform.identity.clients.ClientDirectory;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.clients.SecretLockout;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.memory.UsedAssertions;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Authenticates the calling client at the OAuth endpoints. A client must use the method it
 * registered; every failure is the same {@code invalid_client}, so callers learn nothing about
 * which client ids exist. Wrong secrets hold back the address they came from ({@link SecretLockout}).
 */
@ApplicationScoped
public class ClientAuthenticator {
    private final IdentityConfig config;
    private final UsedAssertions usedAssertions;
    private final ClientDirectory clients;
    private final PublishedClientKeys publishedKeys;
    private final SecretLockout secretLockout;
    /** The caller's address: the peer's, or the one a trusted proxy forwarded (Quarkus resolves it before any route). */
    private final HttpServerRequest request;

    ClientAuthenticator(IdentityConfig config, UsedAssertions usedAssertions, ClientDirectory clients,
                        PublishedClientKeys publishedKeys, SecretLockout secretLockout, HttpServerRequest request) {
        this.config = config;
        this.usedAssertions = usedAssertions;
        this.clients = clients;
        this.publishedKeys = publishedKeys;
        this.secretLockout = secretLockout;
        this.request = request;
    }

    /**
     * @param endpointPath the path of the endpoint called, an accepted assertion audience besides
     *                     the issuer and the token endpoint
     */
    public OAuthClient authenticate(String authorization, Map<String, List<String>> form, String endpointPath) {
        ClientCredentials credentials = ClientCredentials.from(authorization, form);
        OAuthClient client = clients.active(credentials.clientId()).orElse(null);
        if (client == null) {
            // Same work as for a known client, so timing does not tell which ids exist.
            OpaqueTokens.matches(String.valueOf(credentials.secret()), OpaqueTokens.digest("absent"));
            throw OAuthError.invalidClient();
        }
        if (!acceptsMethod(client.authMethod, credentials.method())) {
            throw OAuthError.invalidClient();
        }
        switch (credentials.method()) {
            case CLIENT_SECRET_BASIC, CLIENT_SECRET_POST -> checkSecret(client, credentials.secret());
            case PRIVATE_KEY_JWT -> checkAssertion(client, credentials.assertion(), endpointPath);
            case NONE -> {
                // A public client is only identified; the grant itself (PKCE) must protect it.
            }
        }
        return client;
    }

    private void checkSecret(OAuthClient client, String secret) {
        String address = request.remoteAddress().hostAddress();
        boolean failedBefore = secretLockout.admit(client.clientId, address);
        if (!OpaqueTokens.matches(secret, client.secretHash)) {
            secretLockout.failed(client.clientId, address);
            throw OAuthError.invalidClient();
        }
        if (failedBefore) {
            secretLockout.cleared(client.clientId, address);
        }
    }

    private void checkAssertion(OAuthClient client, String assertion, String endpointPath) {
        Set<String> audiences = new HashSet<>(List.of(config.issuer(), config.endpoint("/oauth2/token"), config.endpoint(endpointPath)));
        Instant now = Instant.now();
        ClientAssertionVerifier verifier = new ClientAssertionVerifier(audiences, config.clockSkew());
        JWTClaimsSet claims = (client.jwksUri == null
                ? verifier.verify(assertion, client.clientId, client.jwks, now)
                : publishedKeys.current(client).flatMap(keys -> verifier.verify(assertion, client.clientId, keys, now))
                        .or(() -> publishedKeys.refreshed(client).flatMap(keys -> verifier.verify(assertion, client.clientId, keys, now))))
                .orElseThrow(OAuthError::invalidClient);
        if (!usedAssertions.firstUse(client.clientId, claims.getJWTID(), claims.getExpirationTime().toInstant())) {
            throw OAuthError.invalidClient();
        }
    }

    /** A client must use the method it registered; secret clients may send the secret either way. */
    static boolean acceptsMethod(ClientAuthMethod registered, ClientAuthMethod used) {
        return registered == used || (registered.usesSecret() && used.usesSecret());
    }
}
