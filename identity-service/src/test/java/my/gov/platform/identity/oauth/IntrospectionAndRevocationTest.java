package my.gov.platform.identity.oauth;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class IntrospectionAndRevocationTest {
    @Inject
    ClientRegistry registry;

    @Test
    void anActiveTokenIsDescribedAndARevokedOneIsInactive() {
        String clientId = OAuthTestClients.uniqueId("revoker");
        OAuthTestClients.secretClient(registry, clientId, "JPJ", "payments.read");
        String token = OAuthTestClients.token(clientId);

        introspect(clientId, token).then().statusCode(200)
                .body("active", equalTo(true))
                .body("client_id", equalTo(clientId))
                .body("agency", equalTo("JPJ"))
                .body("scope", equalTo("payments.read"))
                .body("iss", equalTo(IssuerPortResource.issuer()));

        given().auth().preemptive().basic(clientId, clientId + "-secret").formParam("token", token)
                .formParam("token_type_hint", "access_token")
                .when().post("/oauth2/revoke").then().statusCode(200);
        introspect(clientId, token).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void aDisabledClientsTokensAreInactiveAtOnceAndItCannotAuthenticate() {
        String clientId = OAuthTestClients.uniqueId("leaving");
        String resourceServer = OAuthTestClients.uniqueId("rs");
        OAuthClient leaving = OAuthTestClients.secretClient(registry, clientId, "JPJ", "payments.read");
        OAuthTestClients.secretClient(registry, resourceServer, null, "payments.read");
        String token = OAuthTestClients.token(clientId);
        introspect(resourceServer, token).then().statusCode(200).body("active", equalTo(true));

        String admin = OAuthTestClients.adminToken(registry);
        given().auth().oauth2(admin).when().post("/v1/clients/" + leaving.id + "/deactivation")
                .then().statusCode(200).body("status", equalTo("DISABLED"));

        introspect(resourceServer, token).then().statusCode(200).body("active", equalTo(false));
        given().auth().preemptive().basic(clientId, clientId + "-secret").formParam("grant_type", "client_credentials")
                .when().post("/oauth2/token").then().statusCode(401).body("error", equalTo("invalid_client"));
        given().auth().oauth2(admin).when().post("/v1/clients/" + leaving.id + "/deactivation")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aClientCannotRevokeAnotherClientsToken() {
        String owner = OAuthTestClients.uniqueId("owner");
        String other = OAuthTestClients.uniqueId("other");
        OAuthTestClients.secretClient(registry, owner, "JPJ", "payments.read");
        OAuthTestClients.secretClient(registry, other, "JPN", "exchange.query");
        String token = OAuthTestClients.token(owner);
        given().auth().preemptive().basic(other, other + "-secret").formParam("token", token)
                .when().post("/oauth2/revoke").then().statusCode(200);
        introspect(owner, token).then().body("active", equalTo(true));
    }

    @Test
    void garbageAndForeignTokensAreInactiveAndCallersMustAuthenticate() {
        String clientId = OAuthTestClients.uniqueId("rs");
        OAuthTestClients.secretClient(registry, clientId, null, "payments.read");
        introspect(clientId, "not.a.token").then().statusCode(200).body("active", equalTo(false));
        introspect(clientId, ForgedTokens.unsigned(IssuerPortResource.issuer())).then().body("active", equalTo(false));
        given().formParam("token", "x").when().post("/oauth2/introspect")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
        String publicClient = OAuthTestClients.uniqueId("public");
        registry.register(new my.gov.platform.identity.clients.RegisterClientRequest(publicClient, "App", null,
                my.gov.platform.identity.clients.ClientAuthMethod.NONE,
                java.util.List.of(my.gov.platform.identity.clients.GrantType.AUTHORIZATION_CODE), java.util.List.of(),
                java.util.List.of("https://app.example/cb"), null, null), null);
        given().formParam("client_id", publicClient).formParam("token", "x").when().post("/oauth2/introspect")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
        given().auth().preemptive().basic(clientId, clientId + "-secret").formParam("token", "x")
                .formParam("token_type_hint", "id_token")
                .when().post("/oauth2/revoke").then().statusCode(400).body("error", equalTo("unsupported_token_type"));
    }

    private static io.restassured.response.Response introspect(String clientId, String token) {
        return given().auth().preemptive().basic(clientId, clientId + "-secret").formParam("token", token)
                .when().post("/oauth2/introspect");
    }
}
