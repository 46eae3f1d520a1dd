package my.gov.platform.identity.mfa;

import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import my.gov.platform.commons.security.assurance.LevelOfAssurance;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.authorize.Pkce;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.RegisterClientRequest;
import my.gov.platform.identity.support.Browser;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.identity.support.TestPeople;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class StepUpTest {
    private static final String PASSWORD = "Roti-Canai-Banjir-2026";
    private static final String REDIRECT = "https://rp.example.gov.my/callback";
    private static final String VERIFIER = "s".repeat(50);

    @Inject
    ClientRegistry registry;
    @Inject
    AccountService accounts;

    @Test
    void aPasswordSessionStepsUpToLevelTwoWithAnEnrolledAuthenticator() throws Exception {
        String clientId = OAuthTestClients.uniqueId("stepup");
        registry.register(new RegisterClientRequest(clientId, "Step-up portal", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE), List.of(), List.of(REDIRECT), null, null), clientId + "-secret");
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
        String authorize = "/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri=" + REDIRECT
                + "&scope=openid&state=s1&code_challenge=" + Pkce.s256(VERIFIER) + "&code_challenge_method=S256";

        Browser browser = new Browser();
        Response signedIn = browser.signIn(browser.get(authorize), citizen.loginId, PASSWORD);
        Map<String, String> first = Browser.query(browser.consent(signedIn, true));
        SignedJWT loa1 = SignedJWT.parse(redeem(clientId, first.get("code")).path("id_token"));
        assertThat(loa1.getJWTClaimsSet().getStringClaim("acr")).isEqualTo(LevelOfAssurance.PASSWORD);
        String accessToken = redeemAccess(clientId, browser, authorize);

        String secret;
        try (EventCapture events = EventCapture.of("identity.events")) {
            secret = given().auth().oauth2(accessToken).when().post("/v1/mfa/totp")
                    .then().statusCode(201).body("qrCode", org.hamcrest.Matchers.startsWith("data:image/svg+xml;base64,"))
                    .extract().path("secret");
            List<String> recovery = given().auth().oauth2(accessToken).contentType(ContentType.JSON)
                    .body("{\"code\": \"" + Totp.code(secret, Totp.step(Instant.now())) + "\"}")
                    .when().post("/v1/mfa/totp/confirmation")
                    .then().statusCode(200).extract().path("recoveryCodes");
            assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
            events.awaitEvent("my.gov.mfa.enrolled", citizen.id);
        }

        // The level-1 session is not enough for a client asking for level 2: the person signs in again with the app.
        Response stepUp = browser.get(authorize + "&acr_values=urn:mygov:loa:2");
        Response toMfa = browser.signIn(stepUp, citizen.loginId, PASSWORD);
        assertThat(toMfa.header("Location")).contains("/mfa?request=");
        Response mfaPage = browser.get(toMfa.header("Location"));
        Map<String, String> form = Browser.hiddenFields(mfaPage.asString());
        form.put("code", "000000".equals(Totp.code(secret, Totp.step(Instant.now()) + 1)) ? "111111" : "000000");
        try (EventCapture events = EventCapture.of("identity.events")) {
            assertThat(browser.postForm("/mfa", form).asString()).contains("Kod tidak sah");
            events.awaitEvent(e -> e.getType().equals("my.gov.login.failed") && e.getSubject().equals(citizen.id.toString())
                    && new String(e.getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("SECOND_FACTOR_FAILED"),
                    java.time.Duration.ofSeconds(30));
        }
        form.put("code", Totp.code(secret, Totp.step(Instant.now()) + 1));
        Map<String, String> second = Browser.query(browser.postForm("/mfa", form));

        Response stepped = redeem(clientId, second.get("code"));
        SignedJWT loa2 = SignedJWT.parse(stepped.path("id_token"));
        assertThat(loa2.getJWTClaimsSet().getStringClaim("acr")).isEqualTo(LevelOfAssurance.SECOND_FACTOR);
        assertThat(loa2.getJWTClaimsSet().getStringListClaim("amr")).containsExactly("pwd", "otp");
        // Resource servers read the level from the access token (RFC 9470), so it carries the stepped-up sign-in too.
        SignedJWT loa2Access = SignedJWT.parse(stepped.path("access_token"));
        assertThat(loa2Access.getJWTClaimsSet().getStringClaim("acr")).isEqualTo(LevelOfAssurance.SECOND_FACTOR);
        assertThat(loa2Access.getJWTClaimsSet().getStringListClaim("amr")).containsExactly("pwd", "otp");
    }

    @Test
    void levelTwoIsRefusedRatherThanDowngradedForSomeoneWithoutASecondFactor() {
        String clientId = OAuthTestClients.uniqueId("strict");
        registry.register(new RegisterClientRequest(clientId, "Strict portal", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE), List.of(), List.of(REDIRECT), null, null), clientId + "-secret");
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
        Browser browser = new Browser();
        Response result = browser.signIn(browser.get("/oauth2/authorize?response_type=code&client_id=" + clientId
                + "&redirect_uri=" + REDIRECT + "&scope=openid&state=s2&acr_values=urn:mygov:loa:2&code_challenge="
                + Pkce.s256(VERIFIER) + "&code_challenge_method=S256"), citizen.loginId, PASSWORD);
        assertThat(Browser.query(result)).containsEntry("error", "unmet_authentication_requirements").containsEntry("state", "s2");
    }

    private static Response redeem(String clientId, String code) {
        return given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", REDIRECT).formParam("code_verifier", VERIFIER)
                .when().post("/oauth2/token").then().statusCode(200).extract().response();
    }

    private static String redeemAccess(String clientId, Browser browser, String authorize) {
        Map<String, String> again = Browser.query(browser.get(authorize));
        return redeem(clientId, again.get("code")).path("access_token");
    }
}
