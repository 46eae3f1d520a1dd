package my.gov.platform.identity.authorize;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.RegisterClientRequest;
import my.gov.platform.identity.support.Browser;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.identity.support.TestPeople;
import my.gov.platform.testing.PlatformTestResource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class BackChannelLogoutTest {
    private static final String PASSWORD = "Laksa-Penang-Pedas-2026";
    private static final String REDIRECT = "https://rp.example.gov.my/callback";
    private static final String VERIFIER = "b".repeat(64);

    @Inject
    ClientRegistry registry;
    @Inject
    AccountService accounts;

    @Test
    void logoutSendsASignedLogoutTokenToTheClientsBackChannel() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/bcl", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String clientId = OAuthTestClients.uniqueId("bcl");
            registry.register(new RegisterClientRequest(clientId, "Portal with back-channel", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                    List.of(GrantType.AUTHORIZATION_CODE), List.of(), List.of(REDIRECT), null, null, null,
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/bcl"), clientId + "-secret");
            Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
            Browser browser = new Browser();
            Map<String, String> callback = Browser.query(browser.consent(browser.signIn(browser.get(
                    "/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri=" + REDIRECT
                            + "&scope=openid&state=b&code_challenge=" + Pkce.s256(VERIFIER) + "&code_challenge_method=S256"),
                    citizen.loginId, PASSWORD), true));
            String idToken = given().auth().preemptive().basic(clientId, clientId + "-secret")
                    .formParam("grant_type", "authorization_code").formParam("code", callback.get("code"))
                    .formParam("redirect_uri", REDIRECT).formParam("code_verifier", VERIFIER)
                    .when().post("/oauth2/token").then().statusCode(200).extract().path("id_token");

            browser.get("/logout?id_token_hint=" + idToken).then().statusCode(200);
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !received.isEmpty());

            String logoutToken = URLDecoder.decode(received.get(0).substring("logout_token=".length()), StandardCharsets.UTF_8);
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("logout+jwt")));
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                    new ImmutableJWKSet<>(JWKSet.parse(given().get("/jwks").asString()))));
            JWTClaimsSet claims = processor.process(logoutToken, null);
            assertThat(claims.getIssuer()).isEqualTo(IssuerPortResource.issuer());
            assertThat(claims.getAudience()).containsExactly(clientId);
            assertThat(claims.getSubject()).isEqualTo(citizen.id.toString());
            assertThat(claims.getStringClaim("sid")).isEqualTo(SignedJWT.parse(idToken).getJWTClaimsSet().getStringClaim("sid"));
            assertThat(claims.getJSONObjectClaim("events")).containsKey("http://schemas.openid.net/event/backchannel-logout");
            assertThat(claims.getClaim("nonce")).isNull();
        } finally {
            receiver.stop(0);
        }
    }
}
