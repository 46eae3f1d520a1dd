package my.gov.platform.identity.oauth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Verifies tokens the way a resource server configured with only the issuer URL does (as
 * quarkus-oidc does): discovery, then the JWKS from {@code jwks_uri}, then signature, issuer,
 * expiry and {@code typ}. Uses plain HTTP and an independent JOSE processor, not the service's code.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class RelyingPartyVerificationTest {
    @Inject
    ClientRegistry registry;

    @Test
    void aResourceServerKnowingOnlyTheIssuerVerifiesAClientCredentialsToken() throws Exception {
        String issuer = IssuerPortResource.issuer();
        HttpClient http = HttpClient.newHttpClient();
        JsonPath discovery = JsonPath.from(get(http, issuer + "/.well-known/openid-configuration"));
        assertThat(discovery.getString("issuer")).isEqualTo(issuer);
        JWKSet jwks = JWKSet.parse(get(http, discovery.getString("jwks_uri")));

        String clientId = OAuthTestClients.uniqueId("rp");
        OAuthTestClients.secretClient(registry, clientId, "JPJ", "payments.read", "payments.write");
        String token = OAuthTestClients.token(clientId);

        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256),
                new ImmutableJWKSet<>(jwks)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of("sub", "aud", "exp", "iat", "jti", "client_id", "scope")));
        JWTClaimsSet claims = processor.process(token, null);

        assertThat(claims.getSubject()).isEqualTo(clientId);
        assertThat(claims.getStringClaim("client_id")).isEqualTo(clientId);
        assertThat(claims.getStringClaim("agency")).isEqualTo("JPJ");
        assertThat(claims.getStringClaim("scope").split(" ")).containsExactlyInAnyOrder("payments.read", "payments.write");
        assertThat(claims.getExpirationTime()).isAfter(new Date());
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(300_000L);

        DefaultJWTProcessor<SecurityContext> otherIssuer = new DefaultJWTProcessor<>();
        otherIssuer.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
        otherIssuer.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256),
                new ImmutableJWKSet<>(jwks)));
        otherIssuer.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer("https://evil.example").build(), Set.of()));
        assertThatThrownBy(() -> otherIssuer.process(token, null)).hasMessageContaining("iss");
    }

    @Test
    void discoveryPublishesTheCompleteProviderMetadata() {
        String issuer = IssuerPortResource.issuer();
        JsonPath discovery = given().when().get("/.well-known/openid-configuration")
                .then().statusCode(200).extract().jsonPath();
        assertThat(discovery.getString("token_endpoint")).isEqualTo(issuer + "/oauth2/token");
        assertThat(discovery.getString("jwks_uri")).isEqualTo(issuer + "/jwks");
        assertThat(discovery.getString("introspection_endpoint")).isEqualTo(issuer + "/oauth2/introspect");
        assertThat(discovery.getString("revocation_endpoint")).isEqualTo(issuer + "/oauth2/revoke");
        assertThat(discovery.getList("token_endpoint_auth_methods_supported", String.class))
                .containsExactlyInAnyOrder("client_secret_basic", "client_secret_post", "private_key_jwt");
        assertThat(discovery.getList("token_endpoint_auth_signing_alg_values_supported", String.class)).containsExactly("ES256");
        assertThat(discovery.getList("id_token_signing_alg_values_supported", String.class)).contains("RS256", "ES256");
        assertThat(discovery.getList("code_challenge_methods_supported", String.class)).containsExactly("S256");
        assertThat(discovery.getList("subject_types_supported", String.class)).contains("public");
        assertThat(discovery.getList("response_types_supported", String.class)).contains("code");
    }

    @Test
    void jwksPublishesActiveAndNextKeysForBothAlgorithmsWithoutPrivateParts() throws Exception {
        JWKSet jwks = JWKSet.parse(given().when().get("/jwks").then().statusCode(200).extract().asString());
        assertThat(jwks.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
        assertThat(jwks.getKeys().stream().filter(k -> JWSAlgorithm.RS256.equals(k.getAlgorithm())).count()).isGreaterThanOrEqualTo(2);
        assertThat(jwks.getKeys().stream().filter(k -> JWSAlgorithm.ES256.equals(k.getAlgorithm())).count()).isGreaterThanOrEqualTo(2);
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
