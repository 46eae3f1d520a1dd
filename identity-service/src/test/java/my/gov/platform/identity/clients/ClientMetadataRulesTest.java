package my.gov.platform.identity.clients;

import com.nimbusds.jose.jwk.JWKSet;
import my.gov.platform.identity.crypto.OpaqueTokens;
import my.gov.platform.identity.support.OAuthTestClients;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientMetadataRulesTest {
    private static final List<GrantType> CODE = List.of(GrantType.AUTHORIZATION_CODE);

    @Test
    void redirectUrisMustBeAbsoluteHttpsWithoutFragment() {
        assertThat(ClientMetadataRules.checkRedirectUri("https://portal.jpj.gov.my/callback")).isEmpty();
        assertThat(ClientMetadataRules.checkRedirectUri("http://localhost:8090/callback")).isEmpty();
        assertThat(ClientMetadataRules.checkRedirectUri("http://portal.jpj.gov.my/callback")).isPresent();
        assertThat(ClientMetadataRules.checkRedirectUri("/callback")).isPresent();
        assertThat(ClientMetadataRules.checkRedirectUri("https://portal.jpj.gov.my/cb#x")).isPresent();
    }

    @Test
    void codeGrantNeedsARedirectUriAndPublicClientsCannotUseClientCredentials() {
        assertThat(ClientMetadataRules.check(ClientAuthMethod.CLIENT_SECRET_BASIC, CODE, List.of(), null, null)).isPresent();
        assertThat(ClientMetadataRules.check(ClientAuthMethod.NONE, List.of(GrantType.CLIENT_CREDENTIALS), List.of(), null, null))
                .hasValueSatisfying(rule -> assertThat(rule).contains("public client"));
        assertThat(ClientMetadataRules.check(ClientAuthMethod.NONE, CODE, List.of("https://app.example/cb"), null, null)).isEmpty();
    }

    @Test
    void privateKeyJwtNeedsPublicP256Keys() {
        var key = OAuthTestClients.newEcKey();
        List<GrantType> cc = List.of(GrantType.CLIENT_CREDENTIALS);
        assertThat(ClientMetadataRules.check(ClientAuthMethod.PRIVATE_KEY_JWT, cc, List.of(), null, null)).isPresent();
        assertThat(ClientMetadataRules.check(ClientAuthMethod.PRIVATE_KEY_JWT, cc, List.of(), "{\"keys\": []}", null)).isPresent();
        assertThat(ClientMetadataRules.check(ClientAuthMethod.PRIVATE_KEY_JWT, cc, List.of(), new JWKSet(key).toString(false), null))
                .isPresent();
        assertThat(ClientMetadataRules.check(ClientAuthMethod.PRIVATE_KEY_JWT, cc, List.of(), new JWKSet(key.toPublicJWK()).toString(), null))
                .isEmpty();
    }

    @Test
    void secretsAreHashedAndComparedWithoutRevealingThem() {
        String secret = OpaqueTokens.generate();
        String hash = OpaqueTokens.digest(secret);
        assertThat(hash).doesNotContain(secret);
        assertThat(OpaqueTokens.matches(secret, hash)).isTrue();
        assertThat(OpaqueTokens.matches(secret + "x", hash)).isFalse();
        assertThat(OpaqueTokens.matches(secret, null)).isFalse();
        assertThat(OpaqueTokens.generate()).isNotEqualTo(secret).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void keysComeEitherRegisteredOrFromAnHttpsJwksUri() {
        List<GrantType> cc = List.of(GrantType.CLIENT_CREDENTIALS);
        assertThat(ClientMetadataRules.check(ClientAuthMethod.PRIVATE_KEY_JWT, cc, List.of(), null, "https://jpj.gov.my/jwks.json")).isEmpty();
        assertThat(ClientMetadataRules.check(ClientAuthMethod.PRIVATE_KEY_JWT, cc, List.of(), null, "http://jpj.gov.my/jwks.json"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("jwksUri"));
        assertThat(ClientMetadataRules.check(ClientAuthMethod.PRIVATE_KEY_JWT, cc, List.of(), "{\"keys\": []}", "https://jpj.gov.my/jwks.json"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("not both"));
        assertThat(ClientMetadataRules.check(ClientAuthMethod.CLIENT_SECRET_BASIC, cc, List.of(), null, "https://jpj.gov.my/jwks.json"))
                .isPresent();
    }
}
