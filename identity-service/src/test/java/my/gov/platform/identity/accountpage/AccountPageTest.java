package my.gov.platform.identity.accountpage;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.authorize.Pkce;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.RegisterClientRequest;
import my.gov.platform.identity.pages.PageSupport;
import my.gov.platform.identity.support.Browser;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.TestPeople;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class AccountPageTest {
    private static final String PASSWORD = "Laksa-Penang-Pedas-2026";
    private static final String REDIRECT = "https://rp.example.gov.my/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern END_SESSION = Pattern.compile("action=\"(/account/sessions/[^\"]+/end)\"");

    @Inject
    ClientRegistry registry;
    @Inject
    AccountService accounts;

    @Test
    void thePersonSignsInToTheirAccountPageAndManagesSessionsAndConsents() {
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
        String clientId = OAuthTestClients.uniqueId("account-rp");
        registry.register(new RegisterClientRequest(clientId, "Portal Hasil Contoh", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE), List.of(), List.of(REDIRECT), null, null), clientId + "-secret");

        // A second browser signs in to a service and consents there.
        Browser phone = new Browser();
        Browser.query(phone.consent(phone.signIn(phone.get("/oauth2/authorize?response_type=code&client_id=" + clientId
                + "&redirect_uri=" + REDIRECT + "&scope=openid%20profile&state=a&code_challenge=" + Pkce.s256("v".repeat(50))
                + "&code_challenge_method=S256"), citizen.loginId, PASSWORD), true));

        Browser laptop = new Browser();
        Response toSignIn = laptop.get("/account?lang=en");
        assertThat(toSignIn.statusCode()).isEqualTo(303);
        assertThat(toSignIn.header("Location")).contains("client_id=" + AccountPageClient.CLIENT_ID);
        Response signedIn = laptop.signIn(laptop.get(toSignIn.header("Location")), citizen.loginId, PASSWORD);
        assertThat(signedIn.header("Location")).as("no consent is asked for the provider's own page")
                .startsWith(IssuerPortResource.issuer() + "/account?code=");

        Response page = laptop.get("/account?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains(citizen.fullName).contains("this session").contains("Portal Hasil Contoh")
                .contains("Signed in");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");

        post(laptop, page, "/account/consents/" + clientId + "/withdraw").then().statusCode(303);
        Response afterWithdrawal = laptop.get("/account?lang=en");
        assertThat(afterWithdrawal.asString()).contains("Consent withdrawn")
                .contains("No consents given.");

        List<String> sessionRows = Arrays.stream(afterWithdrawal.asString().split("<tr>")).filter(row -> row.contains("/end\"")).toList();
        assertThat(sessionRows).hasSize(2);
        String phoneRow = sessionRows.stream().filter(row -> !row.contains("this session")).findFirst().orElseThrow();
        Matcher end = END_SESSION.matcher(phoneRow);
        assertThat(end.find()).isTrue();
        String phoneSession = end.group(1).split("/")[3];
        try (EventCapture events = EventCapture.of("identity.events")) {
            post(laptop, afterWithdrawal, end.group(1)).then().statusCode(303);
            events.awaitEvent("my.gov.session.ended", phoneSession);
        }
        assertThat(phone.get("/account").statusCode()).as("the ended session no longer signs the phone in").isEqualTo(303);
        assertThat(laptop.get("/account?lang=en").asString()).contains("Session ended");
    }

    @Test
    void formsNeedTheSessionAndTheirCsrfToken() {
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
        Browser browser = new Browser();
        browser.signIn(browser.get(browser.get("/account").header("Location")), citizen.loginId, PASSWORD);
        Response page = browser.get("/account");
        given().cookie("mygov_session", browser.sessionCookie()).cookie(PageSupport.CSRF_COOKIE, page.getCookie(PageSupport.CSRF_COOKIE))
                .contentType("application/x-www-form-urlencoded").formParam("csrf", "forged")
                .when().post("/account/consents/anything/withdraw").then().statusCode(400);
        given().contentType("application/x-www-form-urlencoded").formParam("csrf", "x").cookie(PageSupport.CSRF_COOKIE, "x")
                .when().post("/account/consents/anything/withdraw").then().statusCode(400);
    }

    private static Response post(Browser browser, Response page, String action) {
        Matcher csrf = CSRF.matcher(page.asString());
        assertThat(csrf.find()).isTrue();
        return given().redirects().follow(false).cookie("mygov_session", browser.sessionCookie())
                .cookie(PageSupport.CSRF_COOKIE, page.getCookie(PageSupport.CSRF_COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf.group(1)).formParam("lang", "en").when().post(action);
    }
}
