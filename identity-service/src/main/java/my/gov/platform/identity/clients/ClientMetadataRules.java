package my.gov.platform.identity.clients;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;

import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Consistency rules for client registrations; returns the first rule broken, if any. */
public final class ClientMetadataRules {
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private ClientMetadataRules() {
    }

    /** @param jwksUri where the client publishes its keys instead of registering them ({@code jwks_uri}) */
    public static Optional<String> check(ClientAuthMethod method, List<GrantType> grants, List<String> redirectUris,
                                         String jwks, String jwksUri) {
        if (method == ClientAuthMethod.PRIVATE_KEY_JWT) {
            Optional<String> keyProblem = jwksUri == null ? checkKeys(jwks)
                    : jwks != null ? Optional.of("give the client's keys either in jwks or at jwksUri, not both")
                    : checkRedirectUri(jwksUri).map(problem -> problem.replace("redirect URI", "jwksUri"));
            if (keyProblem.isPresent()) {
                return keyProblem;
            }
        } else if (jwks != null || jwksUri != null) {
            return Optional.of("keys (jwks, jwksUri) are only for private_key_jwt clients");
        }
        if (method == ClientAuthMethod.NONE && grants.contains(GrantType.CLIENT_CREDENTIALS)) {
            return Optional.of("a public client (authMethod NONE) cannot use the client credentials grant");
        }
        if (grants.contains(GrantType.AUTHORIZATION_CODE) && redirectUris.isEmpty()) {
            return Optional.of("the authorization code grant needs at least one redirect URI");
        }
        for (String uri : redirectUris) {
            Optional<String> uriProblem = checkRedirectUri(uri);
            if (uriProblem.isPresent()) {
                return uriProblem;
            }
        }
        return Optional.empty();
    }

    /** Also used for back-channel logout URIs, which follow the same rules. */
    static Optional<String> checkRedirectUri(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (Exception e) {
            return Optional.of("redirect URI " + value + " is not a URI");
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            return Optional.of("redirect URI " + value + " must be absolute");
        }
        if (uri.getFragment() != null) {
            return Optional.of("redirect URI " + value + " must not have a fragment");
        }
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && LOOPBACK_HOSTS.contains(uri.getHost()))) {
            return Optional.of("redirect URI " + value + " must use https (http only for localhost)");
        }
        return Optional.empty();
    }

    private static Optional<String> checkKeys(String jwks) {
        if (jwks == null) {
            return Optional.of("private_key_jwt needs the client's public keys in jwks or at jwksUri");
        }
        JWKSet set;
        try {
            set = JWKSet.parse(jwks);
        } catch (ParseException e) {
            return Optional.of("jwks is not a JWK set: " + e.getMessage());
        }
        if (set.getKeys().isEmpty()) {
            return Optional.of("jwks has no keys");
        }
        if (set.getKeys().stream().anyMatch(k -> k.isPrivate())) {
            return Optional.of("jwks must hold public keys only; never send a private key");
        }
        if (set.getKeys().stream().noneMatch(k -> k instanceof ECKey ec && Curve.P_256.equals(ec.getCurve()))) {
            return Optional.of("jwks needs at least one EC P-256 key (ES256)");
        }
        return Optional.empty();
    }
}
