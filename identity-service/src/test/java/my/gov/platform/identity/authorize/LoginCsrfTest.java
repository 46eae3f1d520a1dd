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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/**
 * Login CSRF: an attacker opens a sign-in in their own browser, reads its form's token, and makes a victim's browser
 * post it (with the attacker's password, or as the attacker's consent), so that the victim works signed in as the
 * attacker. The forms are only taken from the browser that started the sign-in.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class LoginCsrfTest {
    private static final String PASSWORD = "Roti-Canai-Telur-2026";
    private static final String REDIRECT = "https://rp.example.gov.my/callback";

    @Inject
    ClientRegistry registry;
    @Inject
    AccountService accounts;

    private String clientId;
    private Account attacker;

    @BeforeEach
    void registerClientAndAttacker() {
        clientId = OAuthTestClients.uniqueId("csrf");
        registry.register(new RegisterClientRequest(clientId, "Portal Ujian", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE), List.of("profile"), List.of(REDIRECT), null, null), clientId + "-secret");
        attacker = TestPeople.activeCitizen(accounts, PASSWORD);
    }

    private String authorizeUrl() {
        return "/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri=" + REDIRECT
                + "&scope=openid%20profile&state=s&code_challenge=" + Pkce.s256("v".repeat(50)) + "&code_challenge_method=S256";
    }

    /** The hidden fields of the sign-in form the attacker's own browser was shown, with the attacker's credentials. */
    private static Map<String, String> attackersSignInForm(Browser attackersBrowser, String authorizeUrl, Account attacker) {
        Response redirect = attackersBrowser.get(authorizeUrl);
        Map<String, String> form = Browser.hiddenFields(attackersBrowser.get(redirect.header("Location")).asString());
        form.put("loginId", attacker.loginId);
        form.put("password", PASSWORD);
        form.put("lang", "en");
        return form;
    }

    @Test
    void theAuthorizationEndpointGivesTheBrowserAnHttpOnlyLaxCookieOnce() {
        Browser browser = new Browser();
        Response first = browser.get(authorizeUrl());
        assertThat(first.getDetailedCookie(BrowserBinding.COOKIE).isHttpOnly()).isTrue();
        assertThat(first.getDetailedCookie(BrowserBinding.COOKIE).getSameSite()).isEqualTo("Lax");
        assertThat(browser.get(authorizeUrl()).getCookie(BrowserBinding.COOKIE)).as("kept, not replaced").isNull();
    }

    @Test
    void aSignInFormPostedByAnotherBrowserIsRefusedAndSignsNobodyIn() {
        Browser attackersBrowser = new Browser();
        Map<String, String> form = attackersSignInForm(attackersBrowser, authorizeUrl(), attacker);

        Browser victimWithoutCookie = new Browser();
        Response bare = victimWithoutCookie.postForm("/signin", form);
        assertThat(bare.statusCode()).isEqualTo(403);
        assertThat(bare.contentType()).startsWith("text/html");
        assertThat(bare.asString()).contains("Go back to the service and try again");
        assertThat(bare.getCookie("mygov_session")).isNull();

        Browser victimWithOwnSignIn = new Browser();
        victimWithOwnSignIn.get(authorizeUrl());
        Response crossed = victimWithOwnSignIn.postForm("/signin", form);
        assertThat(crossed.statusCode()).isEqualTo(403);
        assertThat(crossed.getCookie("mygov_session")).isNull();

        given().redirects().follow(false).accept("application/problem+json").contentType("application/x-www-form-urlencoded")
                .cookie(BrowserBinding.COOKIE, victimWithOwnSignIn.bindingCookie()).formParams(form)
                .when().post("/signin").then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/problems/form-not-from-this-browser"));

        // The refusals changed nothing: the browser that started the sign-in still completes it.
        Response own = attackersBrowser.postForm("/signin", form);
        assertThat(own.statusCode()).isEqualTo(303);
        assertThat(own.header("Location")).contains("/consent?request=");
        assertThat(own.getCookie("mygov_session")).isNotEmpty();
    }

    @Test
    void aConsentFormPostedByAnotherBrowserIsRefusedAndIssuesNoCode() {
        Browser attackersBrowser = new Browser();
        Response toConsent = attackersBrowser.signIn(attackersBrowser.get(authorizeUrl()), attacker.loginId, PASSWORD);
        Map<String, String> form = Browser.hiddenFields(attackersBrowser.get(toConsent.header("Location")).asString());
        form.put("decision", "allow");

        Browser victim = new Browser();
        Account victimPerson = TestPeople.activeCitizen(accounts, PASSWORD);
        victim.signIn(victim.get(authorizeUrl()), victimPerson.loginId, PASSWORD);
        Response forged = victim.postForm("/consent", form);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.header("Location")).isNull();

        Map<String, String> callback = Browser.query(attackersBrowser.postForm("/consent", form));
        assertThat(callback).containsKey("code").containsEntry("state", "s");
    }

    @Test
    void anUnknownRequestIsABadRequestForBrowsersAndApiCallers() {
        Browser browser = new Browser();
        browser.get(authorizeUrl());
        Response page = browser.postForm("/signin", Map.of("request", java.util.UUID.randomUUID().toString(), "csrf", "x"));
        assertThat(page.statusCode()).isEqualTo(400);
        given().accept("application/problem+json").contentType("application/x-www-form-urlencoded")
                .formParam("request", java.util.UUID.randomUUID().toString()).formParam("csrf", "x")
                .when().post("/consent").then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("request"));
    }
}
