package my.gov.platform.identity.demo;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountStatus;
import my.gov.platform.identity.accounts.PasswordWork;
import my.gov.platform.identity.civilservants.CivilServant;
import my.gov.platform.identity.civilservants.CivilServantStatus;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.mfa.MfaService;
import my.gov.platform.identity.mfa.Totp;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Loads the demo data on purpose (it is off in tests) and uses it the way the README tells integrators to. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class DemoDataTest {
    @Inject
    DemoData demoData;
    @Inject
    PasswordWork passwords;
    @Inject
    MfaService mfa;

    @Test
    void demoClientsAndPeopleWorkAsDocumentedAndLoadingTwiceChangesNothing() throws Exception {
        QuarkusTransaction.requiringNew().run(demoData::load);
        QuarkusTransaction.requiringNew().run(demoData::load);
        assertThat(OAuthClient.count("clientId like 'demo-%'")).isEqualTo(5);
        assertThat(OAuthClient.byClientId("data-exchange-portal").orElseThrow().redirectUris).containsExactly("http://localhost:8083/my-data");

        given().auth().preemptive().basic("demo-agency", "demo-agency-secret").formParam("grant_type", "client_credentials")
                .when().post("/oauth2/token").then().statusCode(200)
                .body("scope", equalTo("payments.read payments.write exchange.query catalogue.write"));
        given().formParam("grant_type", "client_credentials").formParam("client_id", "demo-certifier")
                .formParam("client_secret", "demo-certifier-secret")
                .when().post("/oauth2/token").then().statusCode(200).body("scope", equalTo("trustmarks.certify"));

        OAuthClient broker = OAuthClient.byClientId("data-exchange-broker").orElseThrow();
        assertThat(broker.agency).isNull();
        assertThat(broker.grantTypes).containsExactly("client_credentials");
        assertThat(broker.resources).containsExactly("urn:mygov:agency:*");
        String registryToken = given().auth().preemptive().basic("data-exchange-broker", "data-exchange-broker-secret")
                .formParam("grant_type", "client_credentials").formParam("resource", "urn:mygov:agency:JPN")
                .when().post("/oauth2/token").then().statusCode(200).body("scope", equalTo("registry.read"))
                .extract().path("access_token");
        assertThat(SignedJWT.parse(registryToken).getJWTClaimsSet().getAudience()).containsExactly("urn:mygov:agency:JPN");

        ECKey demoKey = (ECKey) JWK.parse(Files.readString(Path.of("demo-keys/demo-agency-jwt.private.jwk.json")));
        JWKSet published = JWKSet.parse(Files.readString(Path.of("demo-keys/demo-agency-jwt.public.jwks.json")));
        assertThat(published.getKeys().get(0).toJSONObject()).isEqualTo(demoKey.toPublicJWK().toJSONObject());
        String assertion = OAuthTestClients.assertion(demoKey, "demo-agency-jwt", IssuerPortResource.issuer(), Instant.now(),
                Duration.ofMinutes(1), UUID.randomUUID().toString());
        given().formParam("grant_type", "client_credentials")
                .formParam("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .formParam("client_assertion", assertion)
                .when().post("/oauth2/token").then().statusCode(200).body("scope", equalTo("payments.read payments.write exchange.query catalogue.write"));

        Account citizen = Account.byLoginId("850101145011").orElseThrow();
        assertThat(citizen.status).isEqualTo(AccountStatus.ACTIVE);
        assertThat(citizen.roles).containsExactly("citizen");
        assertThat(passwords.matches("Demo-Rakyat-2026!", citizen.passwordHash)).isTrue();
        assertThat(mfa.hasSecondFactor(citizen.id)).as("signs in with a password alone, at level 1").isFalse();
        // The browser tests sign the second citizen in at level 2 with codes from the published secret.
        Account withApp = Account.byLoginId(DemoData.CITIZEN_WITH_APP_LOGIN_ID).orElseThrow();
        assertThat(mfa.verifySecondFactor(withApp.id, Totp.code(DemoData.CITIZEN_WITH_APP_TOTP_SECRET, Totp.step(Instant.now()))))
                .isPresent();
        Account officer = Account.byLoginId("pegawai@demo.gov.my").orElseThrow();
        assertThat(officer.agency).isEqualTo("JPJ");
        assertThat(officer.roles).containsExactly("agency-admin");
        CivilServant approved = CivilServant.findById(officer.id);
        assertThat(approved.status).isEqualTo(CivilServantStatus.APPROVED);
        assertThat(approved.agencyCode).isEqualTo("JPJ");
        assertThat(Account.byLoginId("admin@digital.gov.my").orElseThrow().roles).containsExactly("platform-admin");
    }
}
