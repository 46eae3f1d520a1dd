package my.gov.platform.identity.clients;

import com.nimbusds.jose.jwk.JWKSet;
import io.cloudevents.CloudEvent;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.oauth.AccessTokens;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.identity.support.TestPeople;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class ClientAdminApiTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    ClientRegistry registry;
    @Inject
    AccountService accounts;
    @Inject
    AccessTokens tokens;

    @Test
    void anAgencyAdministratorRegistersAndSeesOnlyTheirOwnAgencysClients() {
        String jpjAdmin = TestPeople.tokenFor(TestPeople.activeCivilServant(accounts, "JPJ", "agency-admin"), tokens, registry);
        String ownClient = OAuthTestClients.uniqueId("jpj-own");
        String id = given().auth().oauth2(jpjAdmin).contentType(ContentType.JSON).body(body(ownClient, "CLIENT_SECRET_BASIC", ""))
                .when().post("/v1/clients").then().statusCode(201).body("clientSecret", notNullValue()).extract().path("id");
        given().auth().oauth2(jpjAdmin).contentType(ContentType.JSON)
                .body(body(OAuthTestClients.uniqueId("jkr"), "CLIENT_SECRET_BASIC", "").replace("\"JPJ\"", "\"JKR\""))
                .when().post("/v1/clients").then().statusCode(403).contentType(PROBLEM_JSON);

        String otherAgencys = OAuthTestClients.secretClient(registry, OAuthTestClients.uniqueId("jkr"), "JKR", "payments.read").id.toString();
        given().auth().oauth2(jpjAdmin).when().get("/v1/clients/" + otherAgencys).then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(jpjAdmin).when().post("/v1/clients/" + otherAgencys + "/deactivation")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(jpjAdmin).when().get("/v1/clients/" + id).then().statusCode(200).body("clientId", equalTo(ownClient));
        given().auth().oauth2(jpjAdmin).queryParam("limit", 100).when().get("/v1/clients")
                .then().statusCode(200).body("items.agency", everyItem(equalTo("JPJ")));

        String citizen = TestPeople.tokenFor(TestPeople.activeCitizen(accounts, "Ayam-Percik-Kelantan-2026"), tokens, registry);
        given().auth().oauth2(citizen).when().get("/v1/clients").then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void allowedResourcesAreStoredAndShownAndClientsRegisteredWithoutThemHaveNone() {
        String admin = OAuthTestClients.adminToken(registry);
        String id;
        try (EventCapture events = EventCapture.of("identity.events")) {
            id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(body(OAuthTestClients.uniqueId("broker"), "CLIENT_SECRET_BASIC",
                            ", \"resources\": [\"urn:mygov:agency:*\", \"https://registry.ssm.gov.my/api\"]"))
                    .when().post("/v1/clients").then().statusCode(201)
                    .body("resources", equalTo(List.of("urn:mygov:agency:*", "https://registry.ssm.gov.my/api")))
                    .extract().path("id");
            CloudEvent event = events.awaitEvent("my.gov.client.registered", id);
            assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8))
                    .contains("\"resources\":[\"urn:mygov:agency:*\",\"https://registry.ssm.gov.my/api\"]");
        }
        given().auth().oauth2(admin).when().get("/v1/clients/" + id)
                .then().statusCode(200).body("resources", equalTo(List.of("urn:mygov:agency:*", "https://registry.ssm.gov.my/api")));

        String withoutResources = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(body(OAuthTestClients.uniqueId("plain"), "CLIENT_SECRET_BASIC", ""))
                .when().post("/v1/clients").then().statusCode(201).body("resources", equalTo(List.of()))
                .extract().path("id");
        given().auth().oauth2(admin).when().get("/v1/clients/" + withoutResources)
                .then().statusCode(200).body("resources", equalTo(List.of()));
    }

    private static String body(String clientId, String authMethod, String extra) {
        return """
                {"clientId": "%s", "name": "JPJ road tax", "agency": "JPJ", "authMethod": "%s",
                 "grantTypes": ["CLIENT_CREDENTIALS"], "scopes": ["payments.write"], "serviceId": "jpj-road-tax"%s}"""
                .formatted(clientId, authMethod, extra);
    }

    @Test
    void registeringShowsTheSecretOnceStoresItHashedAndAnnouncesTheClient() {
        String admin = OAuthTestClients.adminToken(registry);
        String clientId = OAuthTestClients.uniqueId("jpj");
        try (EventCapture events = EventCapture.of("identity.events")) {
            String secret = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(body(clientId, "CLIENT_SECRET_BASIC", ""))
                    .when().post("/v1/clients")
                    .then().statusCode(201)
                    .header("Location", containsString("/v1/clients/"))
                    .body("clientSecret", notNullValue())
                    .body("authMethod", equalTo("CLIENT_SECRET_BASIC"))
                    .extract().path("clientSecret");
            String id = OAuthClient.byClientId(clientId).orElseThrow().id.toString();

            given().auth().oauth2(admin).when().get("/v1/clients/" + id)
                    .then().statusCode(200).body("clientId", equalTo(clientId)).body("clientSecret", nullValue());
            assertThat(OAuthClient.byClientId(clientId).orElseThrow().secretHash).doesNotContain(secret).startsWith("sha256:");

            given().auth().preemptive().basic(clientId, secret).formParam("grant_type", "client_credentials")
                    .when().post("/oauth2/token").then().statusCode(200).body("scope", equalTo("payments.write"));

            CloudEvent event = events.awaitEvent("my.gov.client.registered", id);
            assertThat(event.getExtension("agency")).isEqualTo("JPJ");
            String data = new String(event.getData().toBytes(), StandardCharsets.UTF_8);
            assertThat(data).contains(clientId).contains("jpj-road-tax").doesNotContain(secret);
        }
    }

    @Test
    void listIsPagedAndUnknownIdIsNotFound() {
        String admin = OAuthTestClients.adminToken(registry);
        OAuthTestClients.adminToken(registry);
        given().auth().oauth2(admin).queryParam("limit", 1).when().get("/v1/clients")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("nextCursor", notNullValue());
        given().auth().oauth2(admin).when().get("/v1/clients/0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10")
                .then().statusCode(404).contentType(PROBLEM_JSON).body("type", endsWith("/problems/not-found"));
    }

    @Test
    void inconsistentOrDuplicateRegistrationsAreProblems() {
        String admin = OAuthTestClients.adminToken(registry);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body(OAuthTestClients.uniqueId("nokeys"), "PRIVATE_KEY_JWT", ""))
                .when().post("/v1/clients")
                .then().statusCode(422).contentType(PROBLEM_JSON).body("type", endsWith("/problems/invalid-client-metadata"));

        String privateJwks = new JWKSet(OAuthTestClients.newEcKey()).toString(false);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(body(OAuthTestClients.uniqueId("leak"), "PRIVATE_KEY_JWT", ", \"jwks\": " + privateJwks))
                .when().post("/v1/clients")
                .then().statusCode(422).body("detail", containsString("public keys only"));

        String publicJwks = new JWKSet(OAuthTestClients.newEcKey().toPublicJWK()).toString();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(body(OAuthTestClients.uniqueId("jwt"), "PRIVATE_KEY_JWT", ", \"jwks\": " + publicJwks))
                .when().post("/v1/clients")
                .then().statusCode(201).body("clientSecret", nullValue());

        String taken = OAuthTestClients.uniqueId("taken");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body(taken, "CLIENT_SECRET_POST", ""))
                .when().post("/v1/clients").then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body(taken, "CLIENT_SECRET_POST", ""))
                .when().post("/v1/clients").then().statusCode(409).body("type", endsWith("/problems/client-id-taken"));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body("X", "CLIENT_SECRET_POST", ", \"colour\": 1"))
                .when().post("/v1/clients").then().statusCode(400).contentType(PROBLEM_JSON);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body("X", "CLIENT_SECRET_POST", ""))
                .when().post("/v1/clients").then().statusCode(400).body("violations.field", hasItem("clientId"));
    }

    @Test
    void problemTypesAndEventSchemasAreServed() {
        given().when().get("/problems/invalid-client-metadata").then().statusCode(200).body("status", equalTo(422));
        given().when().get("/v1/event-schemas").then().statusCode(200)
                .body("topic", equalTo("identity.events"))
                .body("events.type", hasItem("my.gov.client.registered"));
    }
}
