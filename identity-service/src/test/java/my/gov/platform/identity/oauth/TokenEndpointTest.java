package my.gov.platform.identity.oauth;

import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import com.nimbusds.jose.jwk.ECKey;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.RegisterClientRequest;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class TokenEndpointTest {
    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    @Inject
    ClientRegistry registry;

    @Test
    void secretMayBeSentInTheBodyAndTheTokenResponseIsNotCached() throws Exception {
        String clientId = OAuthTestClients.uniqueId("post");
        OAuthTestClients.secretClient(registry, clientId, "JPN", "exchange.query", "exchange.provide");
        String token = given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-secret").formParam("scope", "exchange.query")
                .when().post("/oauth2/token")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("scope", equalTo("exchange.query"))
                .body("expires_in", equalTo(300))
                .body("access_token", notNullValue())
                .extract().path("access_token");
        // A client's own token names no person, so it says nothing of a sign-in (no level of assurance to claim).
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getClaims()).doesNotContainKeys("acr", "amr", "auth_time");
    }

    @Test
    void wrongSecretAndUnknownClientGetTheSameInvalidClientAnswer() {
        String clientId = OAuthTestClients.uniqueId("wrong");
        OAuthTestClients.secretClient(registry, clientId, "JPJ", "payments.read");
        given().auth().preemptive().basic(clientId, "not-the-secret").formParam("grant_type", "client_credentials")
                .when().post("/oauth2/token")
                .then().statusCode(401).header("WWW-Authenticate", notNullValue())
                .body("error", equalTo("invalid_client"))
                .body("error_description", equalTo("Client authentication failed"));
        given().auth().preemptive().basic("no-such-client", "whatever").formParam("grant_type", "client_credentials")
                .when().post("/oauth2/token")
                .then().statusCode(401)
                .body("error", equalTo("invalid_client"))
                .body("error_description", equalTo("Client authentication failed"));
    }

    @Test
    void scopesOutsideTheClientsAllowanceAreRefused() {
        String clientId = OAuthTestClients.uniqueId("scope");
        OAuthTestClients.secretClient(registry, clientId, "CSM", "trustmarks.certify");
        given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "client_credentials").formParam("scope", "trustmarks.certify identity.admin")
                .when().post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_scope"));
    }

    @Test
    void malformedRequestsGetOAuthErrors() {
        String clientId = OAuthTestClients.uniqueId("malformed");
        OAuthTestClients.secretClient(registry, clientId, "JPJ", "payments.read");
        given().auth().preemptive().basic(clientId, clientId + "-secret").formParam("grant_type", "password")
                .when().post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
        given().auth().preemptive().basic(clientId, clientId + "-secret")
                .when().post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().auth().preemptive().basic(clientId, clientId + "-secret").formParam("grant_type", "client_credentials")
                .formParam("client_secret", clientId + "-secret")
                .when().post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void privateKeyJwtAcceptsAFreshAssertionOnceAndRefusesTheRuleBreakers() {
        ECKey key = OAuthTestClients.newEcKey();
        String clientId = OAuthTestClients.uniqueId("pkjwt");
        registry.register(new RegisterClientRequest(clientId, "JWT client", "JPJ", ClientAuthMethod.PRIVATE_KEY_JWT,
                List.of(GrantType.CLIENT_CREDENTIALS), List.of("payments.read"), List.of(),
                new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
                        new com.nimbusds.jose.jwk.JWKSet(key.toPublicJWK()).toJSONObject()), null), null);
        String issuer = IssuerPortResource.issuer();
        Instant now = Instant.now();

        String assertion = OAuthTestClients.assertion(key, clientId, issuer, now, Duration.ofMinutes(1), UUID.randomUUID().toString());
        withAssertion(assertion).then().statusCode(200).body("scope", equalTo("payments.read"));
        withAssertion(assertion).then().statusCode(401).body("error", equalTo("invalid_client"));

        withAssertion(OAuthTestClients.assertion(key, clientId, issuer + "/oauth2/token", now, Duration.ofMinutes(1),
                UUID.randomUUID().toString())).then().statusCode(200);
        withAssertion(OAuthTestClients.assertion(key, clientId, issuer, now, Duration.ofMinutes(3),
                UUID.randomUUID().toString())).then().statusCode(401);
        withAssertion(OAuthTestClients.assertion(key, clientId, "https://someone-else.example", now, Duration.ofMinutes(1),
                UUID.randomUUID().toString())).then().statusCode(401);
        withAssertion(OAuthTestClients.assertion(key, clientId, issuer, now.minusSeconds(600), Duration.ofMinutes(1),
                UUID.randomUUID().toString())).then().statusCode(401);
        withAssertion(OAuthTestClients.assertion(OAuthTestClients.newEcKey(), clientId, issuer, now, Duration.ofMinutes(1),
                UUID.randomUUID().toString())).then().statusCode(401);
        // The same client may not fall back to a secret.
        given().auth().preemptive().basic(clientId, "guess").formParam("grant_type", "client_credentials")
                .when().post("/oauth2/token").then().statusCode(401);
    }

    @Test
    void keysPublishedAtAJwksUriAreFetchedAndFollowTheClientsRotation() throws Exception {
        ECKey first = OAuthTestClients.newEcKey();
        AtomicReference<String> published = new AtomicReference<>(new JWKSet(first.toPublicJWK()).toString());
        HttpServer agencySite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        agencySite.createContext("/jwks.json", exchange -> {
            byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/jwk-set+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        agencySite.start();
        try {
            String clientId = OAuthTestClients.uniqueId("jwksuri");
            registry.register(new RegisterClientRequest(clientId, "JWKS URI client", "JPJ", ClientAuthMethod.PRIVATE_KEY_JWT,
                    List.of(GrantType.CLIENT_CREDENTIALS), List.of("payments.read"), List.of(), null, null, null, null,
                    "http://127.0.0.1:" + agencySite.getAddress().getPort() + "/jwks.json", null), null);
            String issuer = IssuerPortResource.issuer();
            withAssertion(OAuthTestClients.assertion(first, clientId, issuer, Instant.now(), Duration.ofMinutes(1),
                    UUID.randomUUID().toString())).then().statusCode(200);

            ECKey second = OAuthTestClients.newEcKey();
            published.set(new JWKSet(second.toPublicJWK()).toString());
            withAssertion(OAuthTestClients.assertion(second, clientId, issuer, Instant.now(), Duration.ofMinutes(1),
                    UUID.randomUUID().toString())).then().statusCode(200);
            withAssertion(OAuthTestClients.assertion(first, clientId, issuer, Instant.now(), Duration.ofMinutes(1),
                    UUID.randomUUID().toString())).then().statusCode(401).body("error", equalTo("invalid_client"));
        } finally {
            agencySite.stop(0);
        }
    }

    private static io.restassured.response.Response withAssertion(String assertion) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_assertion_type", JWT_BEARER).formParam("client_assertion", assertion)
                .when().post("/oauth2/token");
    }
}
