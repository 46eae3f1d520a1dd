package my.gov.platform.identity.authorize;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
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
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.crypto.SigningAlgorithm;
import my.gov.platform.identity.oauth.TokenSigner;
import my.gov.platform.identity.pages.PageSupport;
import my.gov.platform.identity.support.Browser;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.identity.support.TestPeople;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * RP-initiated logout: a cross-site GET (a link, an image) cannot sign anyone out. Without an ID token we signed
 * for the signed-in person, the person confirms with a form bound to their browser.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class LogoutTest {
    private static final String PASSWORD = "Laksa-Penang-Pedas-2026";
    private static final String REDIRECT = "https://rp.example.gov.my/callback";
    private static final String VERIFIER = "l".repeat(50);
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    ClientRegistry registry;
    @Inject
    AccountService accounts;
    @Inject
    TokenSigner signer;
    @Inject
    IdentityConfig config;

    private String clientId;

    @BeforeEach
    void registerClient() {
        clientId = OAuthTestClients.uniqueId("logout");
        registry.register(new RegisterClientRequest(clientId, "Portal", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE), List.of(), List.of(REDIRECT), null, null), clientId + "-secret");
    }

    private String authorizeUrl() {
        return "/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri=" + REDIRECT
                + "&scope=openid&state=s&code_challenge=" + Pkce.s256(VERIFIER) + "&code_challenge_method=S256";
    }

    /** Signs a new person in; returns their ID token. */
    private String signIn(Browser browser) {
        Account person = TestPeople.activeCitizen(accounts, PASSWORD);
        Map<String, String> callback = Browser.query(browser.consent(browser.signIn(browser.get(authorizeUrl()), person.loginId, PASSWORD), true));
        return given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "authorization_code").formParam("code", callback.get("code"))
                .formParam("redirect_uri", REDIRECT).formParam("code_verifier", VERIFIER)
                .when().post("/oauth2/token").then().statusCode(200).extract().path("id_token");
    }

    private boolean stillSignedIn(Browser browser) {
        return Browser.query(browser.get(authorizeUrl() + "&prompt=none")).containsKey("code");
    }

    @Test
    void aGetWithoutHintOnlyAsksAndTheBrowserBoundFormEndsTheSession() {
        Browser browser = new Browser();
        signIn(browser);

        Response asked = browser.get("/logout?client_id=" + clientId + "&post_logout_redirect_uri=" + REDIRECT + "&state=bye&lang=en");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.asString()).contains("Sign out of MyGov ID?").contains("action=\"/logout\"");
        assertThat(asked.getCookie("mygov_session")).isNull();
        assertThat(stillSignedIn(browser)).isTrue();

        // A form posted from another site carries no SameSite=Strict CSRF cookie: refused, nothing ends.
        Matcher csrf = CSRF.matcher(asked.asString());
        assertThat(csrf.find()).isTrue();
        Response forged = browser.postForm("/logout", Map.of("csrf", csrf.group(1), "lang", "en"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(stillSignedIn(browser)).isTrue();

        Response confirmed = given().redirects().follow(false).cookie("mygov_session", browser.sessionCookie())
                .cookie(PageSupport.CSRF_COOKIE, asked.getCookie(PageSupport.CSRF_COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf", csrf.group(1), "lang", "en", "client_id", clientId, "post_logout_redirect_uri", REDIRECT,
                        "state", "bye"))
                .when().post("/logout");
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.header("Location")).isEqualTo(REDIRECT + "?state=bye");
        assertThat(stillSignedIn(browser)).isFalse();
    }

    @Test
    void aHintForAnotherPersonOrNotSignedByUsOnlyAsks() {
        Browser browser = new Browser();
        String ownHint = signIn(browser);
        String someoneElses = signIn(new Browser());

        assertThat(browser.get("/logout?id_token_hint=" + someoneElses).asString()).contains("action=\"/logout\"");
        String[] parts = ownHint.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThat(browser.get("/logout?id_token_hint=" + tampered).asString()).contains("action=\"/logout\"");
        assertThat(browser.get("/logout?id_token_hint=" + ownHint + "&client_id=another-client").asString()).contains("action=\"/logout\"");
        assertThat(stillSignedIn(browser)).isTrue();
    }

    @Test
    void anExpiredHintWeSignedForThisPersonLogsOutAtOnce() throws Exception {
        Browser browser = new Browser();
        JWTClaimsSet issued = com.nimbusds.jwt.SignedJWT.parse(signIn(browser)).getJWTClaimsSet();
        Instant longAgo = Instant.now().minusSeconds(7200);
        String expired = signer.sign(new JWTClaimsSet.Builder(issued).issueTime(Date.from(longAgo))
                .expirationTime(Date.from(longAgo.plusSeconds(300))).build(), SigningAlgorithm.RS256, JOSEObjectType.JWT);
        assertThat(config.issuer()).isEqualTo(issued.getIssuer());

        Response out = browser.get("/logout?id_token_hint=" + expired + "&post_logout_redirect_uri=" + REDIRECT + "&state=bye");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).isEqualTo(REDIRECT + "?state=bye");
        assertThat(stillSignedIn(browser)).isFalse();
    }
}
