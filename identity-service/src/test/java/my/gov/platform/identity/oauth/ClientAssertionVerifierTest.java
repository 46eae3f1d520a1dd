package my.gov.platform.identity.oauth;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import my.gov.platform.identity.support.OAuthTestClients;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAssertionVerifierTest {
    private static final String ISSUER = "https://id.example.gov.my";
    private static final Instant NOW = Instant.now();
    private final ECKey key = OAuthTestClients.newEcKey();
    private final String jwks = new JWKSet(key.toPublicJWK()).toString();
    private final ClientAssertionVerifier verifier = new ClientAssertionVerifier(Set.of(ISSUER), Duration.ofSeconds(30));

    private String assertion(String clientId, Instant iat, Duration lifetime) {
        return OAuthTestClients.assertion(key, clientId, ISSUER, iat, lifetime, "jti-1");
    }

    @Test
    void aFreshAssertionFromTheClientsKeyIsAccepted() {
        assertThat(verifier.verify(assertion("c1", NOW, Duration.ofSeconds(120)), "c1", jwks, NOW)).isPresent();
        assertThat(ClientAssertionVerifier.claimedClientId(assertion("c1", NOW, Duration.ofSeconds(60)))).hasValue("c1");
    }

    @Test
    void lifetimeOverTwoMinutesExpiryAndFutureIssueAreRefused() {
        assertThat(verifier.verify(assertion("c1", NOW, Duration.ofSeconds(121)), "c1", jwks, NOW)).isEmpty();
        assertThat(verifier.verify(assertion("c1", NOW.minusSeconds(200), Duration.ofSeconds(100)), "c1", jwks, NOW)).isEmpty();
        assertThat(verifier.verify(assertion("c1", NOW.plusSeconds(120), Duration.ofSeconds(60)), "c1", jwks, NOW)).isEmpty();
    }

    @Test
    void anotherClientsAssertionOrAnotherKeyIsRefused() {
        assertThat(verifier.verify(assertion("c2", NOW, Duration.ofSeconds(60)), "c1", jwks, NOW)).isEmpty();
        String otherKeys = new JWKSet(OAuthTestClients.newEcKey().toPublicJWK()).toString();
        assertThat(verifier.verify(assertion("c1", NOW, Duration.ofSeconds(60)), "c1", otherKeys, NOW)).isEmpty();
        assertThat(verifier.verify("garbage", "c1", jwks, NOW)).isEmpty();
    }

    @Test
    void scopesAreGrantedWithinTheAllowance() {
        assertThat(ScopeRequest.grant(null, java.util.List.of("a.read", "a.write"))).containsExactly("a.read", "a.write");
        assertThat(ScopeRequest.grant("a.write", java.util.List.of("a.read", "a.write"))).containsExactly("a.write");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScopeRequest.grant("a.read b.admin", java.util.List.of("a.read")))
                .isInstanceOf(OAuthError.class).hasMessageContaining("b.admin");
    }
}
