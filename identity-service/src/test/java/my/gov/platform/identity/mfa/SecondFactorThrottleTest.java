package my.gov.platform.identity.mfa;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.authorize.BrowserBinding;
import my.gov.platform.identity.authorize.Pkce;
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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;

/** After too many wrong codes, the right one is not called "not valid": the person is told how long to wait. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class SecondFactorThrottleTest {
    private static final String PASSWORD = "Kuih-Lapis-Sembilan-2026";
    private static final String REDIRECT = "https://rp.example.gov.my/callback";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Inject
    ClientRegistry registry;
    @Inject
    AccountService accounts;
    @Inject
    MfaService mfa;

    @Test
    void aRightCodeAfterTooManyWrongOnesIsToldToWaitThenAccepted() {
        String clientId = OAuthTestClients.uniqueId("throttle");
        registry.register(new RegisterClientRequest(clientId, "Portal", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE), List.of(), List.of(REDIRECT), null, null), clientId + "-secret");
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
        mfa.enrolKnownTotp(citizen.id, SECRET);
        Browser browser = new Browser();
        Response toMfa = browser.signIn(browser.get("/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri="
                + REDIRECT + "&scope=openid&state=s&code_challenge=" + Pkce.s256("t".repeat(50)) + "&code_challenge_method=S256"),
                citizen.loginId, PASSWORD);
        Map<String, String> form = Browser.hiddenFields(browser.get(toMfa.header("Location")).asString());
        form.put("lang", "en");
        String wrong = "000000".equals(rightCode()) ? "111111" : "000000";
        for (int i = 0; i < 3; i++) {
            form.put("code", wrong);
            assertThat(browser.postForm("/mfa", form).asString()).contains("The code is not valid");
        }

        form.put("code", rightCode());
        Response page = browser.postForm("/mfa", form);
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.header("Retry-After")).matches("[1-5]");
        assertThat(page.asString()).contains("Too many wrong codes were tried. Wait ").contains(" seconds").doesNotContain("not valid");
        form.put("lang", "ms");
        assertThat(browser.postForm("/mfa", form).asString()).contains("Tunggu ").contains(" saat");
        given().accept("application/problem+json").contentType("application/x-www-form-urlencoded").formParams(form)
                .cookie(BrowserBinding.COOKIE, browser.bindingCookie())
                .when().post("/mfa").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-5]"))
                .body("type", endsWith("/problems/too-many-requests"));

        // The refusals spent nothing: once the wait is over, the right code signs in.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            form.put("code", rightCode());
            assertThat(browser.postForm("/mfa", form).statusCode()).isEqualTo(303);
        });
    }

    private static String rightCode() {
        return Totp.code(SECRET, Totp.step(Instant.now()));
    }
}
