package my.gov.platform.identity.oauth;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.RegisterClientRequest;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** RFC 8707 resource indicators on the client credentials grant, as the data exchange broker uses them. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class ResourceIndicatorTokenTest {
    private static final String JPN_REGISTRY = "urn:mygov:agency:JPN";
    private static final String SSM_API = "https://registry.ssm.gov.my/api";

    @Inject
    ClientRegistry registry;

    private String broker;

    @BeforeEach
    void registerBroker() {
        broker = OAuthTestClients.uniqueId("broker");
        register(broker, List.of(GrantType.CLIENT_CREDENTIALS), List.of("registry.read", "identity.admin"),
                List.of("urn:mygov:agency:*", SSM_API));
    }

    @Test
    void anAllowedResourceBecomesTheOnlyAudienceIntrospectionSaysSoAndTheBrokerCanRevokeIt() throws Exception {
        String token = asBroker().formParam("grant_type", "client_credentials").formParam("scope", "registry.read")
                .formParam("resource", JPN_REGISTRY)
                .when().post("/oauth2/token")
                .then().statusCode(200).body("token_type", equalTo("Bearer")).body("scope", equalTo("registry.read"))
                .body("expires_in", equalTo(300))
                .extract().path("access_token");

        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getAudience()).containsExactly(JPN_REGISTRY);
        assertThat(claims.getClaim("scope")).isEqualTo("registry.read");
        assertThat(claims.getClaim("client_id")).isEqualTo(broker);
        assertThat(claims.getSubject()).isEqualTo(broker);

        asBroker().formParam("token", token).when().post("/oauth2/introspect")
                .then().statusCode(200).body("active", equalTo(true)).body("aud", equalTo(List.of(JPN_REGISTRY)))
                .body("scope", equalTo("registry.read"));

        asBroker().formParam("token", token).when().post("/oauth2/revoke").then().statusCode(200);
        asBroker().formParam("token", token).when().post("/oauth2/introspect")
                .then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void exactAndPrefixEntriesAllowTheirResourcesAndNoResourceStillMeansThePlatform() throws Exception {
        assertThat(audienceOf(tokenFor(SSM_API))).containsExactly(SSM_API);
        assertThat(audienceOf(tokenFor("urn:mygov:agency:SSM"))).containsExactly("urn:mygov:agency:SSM");
        String platformToken = asBroker().formParam("grant_type", "client_credentials")
                .when().post("/oauth2/token").then().statusCode(200).extract().path("access_token");
        assertThat(audienceOf(platformToken)).containsExactly("mygov-platform");
    }

    @Test
    void aResourceBoundTokenOpensNothingOnThePlatformsOwnApis() {
        String platformToken = asBroker().formParam("grant_type", "client_credentials").formParam("scope", "identity.admin")
                .when().post("/oauth2/token").then().statusCode(200).extract().path("access_token");
        String registryToken = asBroker().formParam("grant_type", "client_credentials").formParam("scope", "identity.admin")
                .formParam("resource", JPN_REGISTRY)
                .when().post("/oauth2/token").then().statusCode(200).extract().path("access_token");

        // Same client, same scope: only the audience differs.
        given().auth().oauth2(platformToken).when().get("/v1/clients").then().statusCode(200);
        given().auth().oauth2(registryToken).when().get("/v1/clients")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(registryToken).when().get("/userinfo").then().statusCode(401);
    }

    @Test
    void resourcesTheClientMayNotHaveOrThatAreMalformedAreInvalidTarget() {
        refused(asBroker().formParam("resource", "urn:mygov:platform:payments"), "may not request");
        refused(asBroker().formParam("resource", "urn:mygov:agency:"), "may not request");
        refused(asBroker().formParam("resource", SSM_API + "/v2"), "may not request");
        refused(asBroker().formParam("resource", "registry/JPN"), "absolute");
        refused(asBroker().formParam("resource", "urn:mygov:agency:JPN#records"), "fragment");
        refused(asBroker().formParam("resource", JPN_REGISTRY).formParam("resource", "urn:mygov:agency:JPJ"), "one resource");

        String unlisted = OAuthTestClients.uniqueId("unlisted");
        OAuthTestClients.secretClient(registry, unlisted, "JPJ", "payments.read");
        refused(given().auth().preemptive().basic(unlisted, unlisted + "-secret").formParam("resource", JPN_REGISTRY),
                "may not request");
    }

    @Test
    void resourceOnTheCodeAndRefreshGrantsIsInvalidTarget() {
        String portal = OAuthTestClients.uniqueId("portal");
        register(portal, List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN), List.of("openid"),
                List.of("urn:mygov:agency:*"));
        given().auth().preemptive().basic(portal, portal + "-secret")
                .formParam("grant_type", "authorization_code").formParam("code", "any-code")
                .formParam("redirect_uri", "http://localhost:8090/callback").formParam("resource", JPN_REGISTRY)
                .when().post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_target"))
                .body("error_description", containsString("only supported with the client_credentials grant"));
        given().auth().preemptive().basic(portal, portal + "-secret")
                .formParam("grant_type", "refresh_token").formParam("refresh_token", "any-token")
                .formParam("resource", JPN_REGISTRY)
                .when().post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_target"));
    }

    private void register(String clientId, List<GrantType> grants, List<String> scopes, List<String> resources) {
        List<String> redirectUris = grants.contains(GrantType.AUTHORIZATION_CODE) ? List.of("http://localhost:8090/callback") : List.of();
        registry.register(new RegisterClientRequest(clientId, "Test " + clientId, null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                grants, scopes, redirectUris, null, null, null, null, null, resources), clientId + "-secret");
    }

    private RequestSpecification asBroker() {
        return given().auth().preemptive().basic(broker, broker + "-secret");
    }

    private String tokenFor(String resource) {
        return asBroker().formParam("grant_type", "client_credentials").formParam("resource", resource)
                .when().post("/oauth2/token").then().statusCode(200).extract().path("access_token");
    }

    private static List<String> audienceOf(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet().getAudience();
    }

    private static void refused(RequestSpecification request, String descriptionPart) {
        request.formParam("grant_type", "client_credentials")
                .when().post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_target"))
                .body("error_description", containsString(descriptionPart));
    }
}
