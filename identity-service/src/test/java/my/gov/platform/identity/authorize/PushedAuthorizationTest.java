package my.gov.platform.identity.authorize;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
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
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class PushedAuthorizationTest {
    private static final String PASSWORD = "Cendol-Durian-Istimewa";
    private static final String REDIRECT = "https://rp.example.gov.my/callback";
    private static final String VERIFIER = "p".repeat(64);

    @Inject
    ClientRegistry registry;
    @Inject
    AccountService accounts;

    @Test
    void aClientThatMustPushGetsAOneTimeRequestUriAndCannotSkipIt() {
        String clientId = OAuthTestClients.uniqueId("par");
        registry.register(new RegisterClientRequest(clientId, "FAPI portal", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE), List.of(), List.of(REDIRECT), null, null, true, null), clientId + "-secret");
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
        Browser browser = new Browser();

        browser.get("/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri=" + REDIRECT
                + "&scope=openid&code_challenge=" + Pkce.s256(VERIFIER) + "&code_challenge_method=S256").then().statusCode(400);

        given().formParam("response_type", "code").formParam("redirect_uri", REDIRECT)
                .when().post("/oauth2/par").then().statusCode(401).body("error", equalTo("invalid_client"));
        pushWith(clientId, "https://evil.example/cb").then().statusCode(400).body("error", equalTo("invalid_request"));
        String requestUri = pushWith(clientId, REDIRECT).then().statusCode(201)
                .body("request_uri", startsWith("urn:ietf:params:oauth:request_uri:"))
                .body("expires_in", equalTo(60))
                .extract().path("request_uri");

        String authorize = "/oauth2/authorize?client_id=" + clientId + "&request_uri="
                + java.net.URLEncoder.encode(requestUri, java.nio.charset.StandardCharsets.UTF_8);
        Response signedIn = browser.signIn(browser.get(authorize), citizen.loginId, PASSWORD);
        Map<String, String> callback = Browser.query(browser.consent(signedIn, true));
        assertThat(callback).containsEntry("state", "pushed-state");
        given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "authorization_code").formParam("code", callback.get("code"))
                .formParam("redirect_uri", REDIRECT).formParam("code_verifier", VERIFIER)
                .when().post("/oauth2/token").then().statusCode(200);

        browser.get(authorize).then().statusCode(400);
    }

    @Test
    void aPushedRequestNeedsPkceWithS256AndItsRequestUriCannotCarryAnotherChallenge() {
        String clientId = OAuthTestClients.uniqueId("par-pkce");
        registry.register(new RegisterClientRequest(clientId, "Portal", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE), List.of(), List.of(REDIRECT), null, null), clientId + "-secret");
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);

        given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("response_type", "code").formParam("redirect_uri", REDIRECT).formParam("scope", "openid")
                .when().post("/oauth2/par").then().statusCode(400)
                .body("error", equalTo("invalid_request")).body("error_description", containsString("code_challenge"));
        given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("response_type", "code").formParam("redirect_uri", REDIRECT).formParam("scope", "openid")
                .formParam("code_challenge", VERIFIER).formParam("code_challenge_method", "plain")
                .when().post("/oauth2/par").then().statusCode(400)
                .body("error", equalTo("invalid_request")).body("error_description", containsString("S256"));

        // The pushed parameters are the whole request: a plain challenge added next to the request_uri is ignored,
        // so the code is redeemed with the pushed S256 verifier only.
        String requestUri = pushWith(clientId, REDIRECT).then().statusCode(201).extract().path("request_uri");
        String plainVerifier = "q".repeat(64);
        Browser browser = new Browser();
        Response signedIn = browser.signIn(browser.get("/oauth2/authorize?client_id=" + clientId + "&request_uri="
                + java.net.URLEncoder.encode(requestUri, java.nio.charset.StandardCharsets.UTF_8)
                + "&code_challenge=" + plainVerifier + "&code_challenge_method=plain"), citizen.loginId, PASSWORD);
        String code = Browser.query(browser.consent(signedIn, true)).get("code");
        redeem(clientId, code, plainVerifier).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    private static Response redeem(String clientId, String code, String verifier) {
        return given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", REDIRECT).formParam("code_verifier", verifier)
                .when().post("/oauth2/token");
    }

    private static Response pushWith(String clientId, String redirectUri) {
        return given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("response_type", "code").formParam("redirect_uri", redirectUri).formParam("scope", "openid")
                .formParam("state", "pushed-state").formParam("code_challenge", Pkce.s256(VERIFIER))
                .formParam("code_challenge_method", "S256")
                .when().post("/oauth2/par");
    }
}
