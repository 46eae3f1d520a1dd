package my.gov.platform.identity.authorize;

import com.nimbusds.jwt.SignedJWT;
import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.crypto.OpaqueTokens;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.RegisterClientRequest;
import my.gov.platform.identity.oauth.AccessTokens;
import my.gov.platform.identity.support.Browser;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.identity.support.TestPeople;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class AuthorizationCodeFlowTest {
    private static final String PASSWORD = "Nasi-Lemak-Sedap-2026";
    private static final String REDIRECT = "https://rp.example.gov.my/callback";

    @Inject
    ClientRegistry registry;
    @Inject
    AccountService accounts;
    @Inject
    AccessTokens tokens;

    private String clientId;
    private Account citizen;
    private final String verifier = "v".repeat(20) + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void registerClientAndPerson() {
        clientId = OAuthTestClients.uniqueId("portal");
        registry.register(new RegisterClientRequest(clientId, "Portal Ujian", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN), List.of("mykad"), List.of(REDIRECT), null,
                "portal-ujian"), clientId + "-secret");
        citizen = TestPeople.activeCitizen(accounts, PASSWORD);
    }

    private String authorizeUrl(String extra) {
        return "/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri=" + REDIRECT
                + "&scope=openid%20profile%20email%20mykad&state=st-123&nonce=n-456&code_challenge=" + Pkce.s256(verifier)
                + "&code_challenge_method=S256" + extra;
    }

    private Map<String, String> signInAndConsent(Browser browser) {
        Response afterSignIn = browser.signIn(browser.get(authorizeUrl("")), citizen.loginId, PASSWORD);
        assertThat(afterSignIn.statusCode()).isEqualTo(303);
        assertThat(afterSignIn.getDetailedCookie("mygov_session").isHttpOnly()).isTrue();
        assertThat(afterSignIn.getDetailedCookie("mygov_session").getSameSite()).isEqualTo("Lax");
        boolean consentRemembered = !afterSignIn.header("Location").contains("/consent?request=");
        return Browser.query(consentRemembered ? afterSignIn : browser.consent(afterSignIn, true));
    }

    private Response redeem(String code, String codeVerifier, String redirectUri) {
        return given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", redirectUri).formParam("code_verifier", codeVerifier)
                .when().post("/oauth2/token");
    }

    private Response introspect(String token) {
        return given().auth().preemptive().basic(clientId, clientId + "-secret").formParam("token", token)
                .when().post("/oauth2/introspect");
    }

    private Response refresh(String refreshToken) {
        return given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refreshToken)
                .when().post("/oauth2/token");
    }

    @Test
    void signInCodeTokensUserinfoRefreshAndRevoke() throws Exception {
        Browser browser = new Browser();
        try (EventCapture events = EventCapture.of("identity.events")) {
            Map<String, String> callback = signInAndConsent(browser);
            assertThat(callback).containsEntry("state", "st-123").containsEntry("iss", IssuerPortResource.issuer());

            Response tokens = redeem(callback.get("code"), verifier, REDIRECT);
            tokens.then().statusCode(200).body("refresh_token", notNullValue()).body("id_token", notNullValue());
            SignedJWT idToken = SignedJWT.parse(tokens.path("id_token"));
            assertThat(idToken.getJWTClaimsSet().getAudience()).containsExactly(clientId);
            assertThat(idToken.getJWTClaimsSet().getStringClaim("nonce")).isEqualTo("n-456");
            assertThat(idToken.getJWTClaimsSet().getStringClaim("acr")).isEqualTo("urn:mygov:loa:1");
            assertThat(idToken.getJWTClaimsSet().getStringListClaim("amr")).containsExactly("pwd");
            assertThat(idToken.getJWTClaimsSet().getSubject()).isEqualTo(citizen.id.toString());

            String accessToken = tokens.path("access_token");
            String mykad = citizen.loginId.substring(0, 6) + "-" + citizen.loginId.substring(6, 8) + "-" + citizen.loginId.substring(8);
            assertThat(SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("mykad_number"))
                    .as("the other services take the citizen's own MyKad from the access token").isEqualTo(mykad);
            given().auth().oauth2(accessToken).when().get("/userinfo").then().statusCode(200)
                    .body("sub", equalTo(citizen.id.toString()))
                    .body("name", equalTo("Rakyat Ujian"))
                    .body("email", equalTo(citizen.email))
                    .body("mykad_number", equalTo(mykad))
                    .body("roles[0]", equalTo("citizen"));

            // RFC 9068 §2.2.3.1: the access token says how the person signed in, and a refreshed one keeps that sign-in.
            var accessClaims = SignedJWT.parse(accessToken).getJWTClaimsSet();
            assertThat(accessClaims.getStringClaim("acr")).isEqualTo("urn:mygov:loa:1");
            assertThat(accessClaims.getStringListClaim("amr")).containsExactly("pwd");
            assertThat(accessClaims.getLongClaim("auth_time")).isEqualTo(idToken.getJWTClaimsSet().getLongClaim("auth_time"));

            Response refreshed = refresh(tokens.path("refresh_token"));
            refreshed.then().statusCode(200).body("access_token", notNullValue());
            var refreshedClaims = SignedJWT.parse(refreshed.<String>path("access_token")).getJWTClaimsSet();
            assertThat(refreshedClaims.getStringClaim("acr")).isEqualTo("urn:mygov:loa:1");
            assertThat(refreshedClaims.getLongClaim("auth_time")).isEqualTo(accessClaims.getLongClaim("auth_time"));
            assertThat(refreshedClaims.getStringClaim("mykad_number")).isEqualTo(mykad);
            assertThat((String) refreshed.path("refresh_token")).isNotEqualTo(tokens.path("refresh_token"));

            given().auth().preemptive().basic(clientId, clientId + "-secret").formParam("token", accessToken)
                    .when().post("/oauth2/revoke").then().statusCode(200);
            given().auth().oauth2(accessToken).when().get("/userinfo").then().statusCode(401)
                    .header("WWW-Authenticate", containsString("invalid_token"));
            events.awaitEvent("my.gov.token.revoked", SignedJWT.parse(accessToken).getJWTClaimsSet().getJWTID());

            CloudEvent login = events.awaitEvent("my.gov.login.succeeded", citizen.id);
            String data = new String(login.getData().toBytes(), StandardCharsets.UTF_8);
            assertThat(data).contains(clientId).contains("portal-ujian").doesNotContain(citizen.loginId);
        }

        // Single sign-on: a second authorization with the session and the remembered consent goes straight back.
        Map<String, String> again = Browser.query(browser.get(authorizeUrl("")));
        assertThat(again).containsKey("code");
    }

    @Test
    void aReusedRefreshTokenRevokesTheWholeFamily() {
        Map<String, String> callback = signInAndConsent(new Browser());
        Response tokens = redeem(callback.get("code"), verifier, REDIRECT);
        String first = tokens.path("refresh_token");
        String second = refresh(first).then().statusCode(200).extract().path("refresh_token");
        refresh(first).then().statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(second).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void wrongVerifierCodeReuseRedirectMismatchAndExpiredCodesAreRefused() {
        Map<String, String> callback = signInAndConsent(new Browser());
        redeem(callback.get("code"), "w".repeat(43), REDIRECT).then().statusCode(400).body("error", equalTo("invalid_grant"));
        // The failed attempt burnt the code.
        redeem(callback.get("code"), verifier, REDIRECT).then().statusCode(400).body("error", equalTo("invalid_grant"));

        Browser browser = new Browser();
        Map<String, String> second = signInAndConsent(browser);
        redeem(second.get("code"), verifier, "https://rp.example.gov.my/other").then().statusCode(400);

        Map<String, String> third = Browser.query(browser.get(authorizeUrl("")));
        redeem(third.get("code"), verifier, REDIRECT).then().statusCode(200);
        redeem(third.get("code"), verifier, REDIRECT).then().statusCode(400).body("error", equalTo("invalid_grant"));

        Map<String, String> fourth = Browser.query(browser.get(authorizeUrl("")));
        QuarkusTransaction.requiringNew().run(() -> AuthorizationCode.update("expiresAt = ?1 where codeHash = ?2",
                Instant.now().minusSeconds(1), OpaqueTokens.digest(fourth.get("code"))));
        redeem(fourth.get("code"), verifier, REDIRECT).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void badAuthorizationRequestsAreRefusedWithoutTrustingTheRedirect() {
        Browser browser = new Browser();
        browser.get(authorizeUrl("").replace(REDIRECT, "https://evil.example/cb")).then().statusCode(400)
                .contentType(containsString("text/html"));
        assertThat(Browser.query(browser.get(authorizeUrl("").replace("code_challenge_method=S256", "code_challenge_method=plain"))))
                .containsEntry("error", "invalid_request").containsEntry("state", "st-123");
        assertThat(Browser.query(browser.get(authorizeUrl("").replace("&code_challenge=" + Pkce.s256(verifier), ""))))
                .as("a confidential client must use PKCE too").containsEntry("error", "invalid_request");
        assertThat(Browser.query(browser.get(authorizeUrl("").replace("&code_challenge=" + Pkce.s256(verifier), "&code_challenge=" + verifier))))
                .as("a plain challenge passed off as S256").containsEntry("error", "invalid_request");
        assertThat(Browser.query(browser.get(authorizeUrl("").replace("%20mykad", "%20identity.admin"))))
                .containsEntry("error", "invalid_scope");
        assertThat(Browser.query(browser.get(authorizeUrl("&prompt=none")))).containsEntry("error", "login_required");

        String publicClient = OAuthTestClients.uniqueId("app");
        registry.register(new RegisterClientRequest(publicClient, "Mobile app", null, ClientAuthMethod.NONE,
                List.of(GrantType.AUTHORIZATION_CODE), List.of(), List.of(REDIRECT), null, null), null);
        assertThat(Browser.query(browser.get("/oauth2/authorize?response_type=code&client_id=" + publicClient
                + "&redirect_uri=" + REDIRECT + "&scope=openid&state=s"))).containsEntry("error", "invalid_request");
    }

    @Test
    void aPersonsAccessTokenCarriesNoMyKadNumberWithoutTheMykadScope() throws Exception {
        String openidOnly = TestPeople.tokenFor(citizen, tokens, registry);
        assertThat(SignedJWT.parse(openidOnly).getJWTClaimsSet().getClaim("mykad_number")).isNull();
    }

    @Test
    void deactivatedPeopleCannotSignInOrRefresh() {
        Map<String, String> callback = signInAndConsent(new Browser());
        Response issued = redeem(callback.get("code"), verifier, REDIRECT);
        String refreshToken = issued.path("refresh_token");
        String accessToken = issued.path("access_token");
        introspect(accessToken).then().statusCode(200).body("active", equalTo(true));
        Account admin = TestPeople.activeCivilServant(accounts, "JDN", "platform-admin");
        given().auth().oauth2(TestPeople.tokenFor(admin, tokens, registry))
                .when().post("/v1/accounts/" + citizen.id + "/deactivation").then().statusCode(200);
        introspect(accessToken).then().statusCode(200).body("active", equalTo(false));
        refresh(refreshToken).then().statusCode(400).body("error", equalTo("invalid_grant"));

        Browser browser = new Browser();
        Response again = browser.signIn(browser.get(authorizeUrl("")), citizen.loginId, PASSWORD);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.asString()).contains("No. MyKad/e-mel atau kata laluan salah.");
    }

    @Test
    void repeatedFailuresThrottleKnownAndUnknownIdentifiersAlike() {
        for (String loginId : new String[]{citizen.loginId, "nobody-" + UUID.randomUUID() + "@example.com"}) {
            Browser browser = new Browser();
            for (int attempt = 0; attempt < 3; attempt++) {
                Response wrong = browser.signIn(browser.get(authorizeUrl("")), loginId, "Wrong-Password-123");
                assertThat(wrong.asString()).contains("kata laluan salah");
            }
            Response locked = browser.signIn(browser.get(authorizeUrl("")), loginId, PASSWORD);
            assertThat(locked.statusCode()).isEqualTo(200);
            assertThat(locked.asString()).contains("Terlalu banyak percubaan");
        }
    }

    @Test
    void logoutEndsTheSessionAndReturnsToTheRegisteredUri() {
        Browser browser = new Browser();
        String idToken = redeem(signInAndConsent(browser).get("code"), verifier, REDIRECT).path("id_token");
        String cookie = browser.sessionCookie();
        Response out = browser.get("/logout?id_token_hint=" + idToken + "&post_logout_redirect_uri=" + REDIRECT + "&state=bye");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).isEqualTo(REDIRECT + "?state=bye");
        Response afterLogout = given().urlEncodingEnabled(false).redirects().follow(false).cookie("mygov_session", cookie).when().get(authorizeUrl(""));
        assertThat(afterLogout.header("Location")).contains("/signin?request=");
    }

    @Test
    void logoutEndsTheSessionsRefreshTokensAndCodesAtOnceAndAnnouncesItForItsAccessTokens() throws Exception {
        Browser browser = new Browser();
        try (EventCapture events = EventCapture.of("identity.events")) {
            Response tokens = redeem(signInAndConsent(browser).get("code"), verifier, REDIRECT);
            String sid = SignedJWT.parse(tokens.path("access_token")).getJWTClaimsSet().getStringClaim("sid");
            assertThat(sid).isEqualTo(SignedJWT.parse(tokens.path("id_token")).getJWTClaimsSet().getStringClaim("sid"));
            String unredeemedCode = Browser.query(browser.get(authorizeUrl(""))).get("code");

            browser.get("/logout?id_token_hint=" + tokens.path("id_token") + "&client_id=" + clientId
                    + "&post_logout_redirect_uri=" + REDIRECT).then().statusCode(303);

            refresh(tokens.path("refresh_token")).then().statusCode(400).body("error", equalTo("invalid_grant"));
            redeem(unredeemedCode, verifier, REDIRECT).then().statusCode(400).body("error", equalTo("invalid_grant"));
            CloudEvent ended = events.awaitEvent("my.gov.session.ended", sid);
            assertThat(new String(ended.getData().toBytes(), StandardCharsets.UTF_8))
                    .contains("\"sessionId\":\"" + sid + "\"").contains("\"accountId\":\"" + citizen.id + "\"");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    introspect(tokens.path("access_token")).then().statusCode(200).body("active", equalTo(false)));
        }
    }

    @Test
    void revokingARefreshTokenRevokesAndAnnouncesTheAccessTokensOfItsFamily() throws Exception {
        Response tokens = redeem(signInAndConsent(new Browser()).get("code"), verifier, REDIRECT);
        Response refreshed = refresh(tokens.path("refresh_token"));
        String first = tokens.path("access_token");
        String second = refreshed.path("access_token");
        try (EventCapture events = EventCapture.of("identity.events")) {
            given().auth().preemptive().basic(clientId, clientId + "-secret").formParam("token", (String) refreshed.path("refresh_token"))
                    .formParam("token_type_hint", "refresh_token").when().post("/oauth2/revoke").then().statusCode(200);

            for (String accessToken : List.of(first, second)) {
                String jti = SignedJWT.parse(accessToken).getJWTClaimsSet().getJWTID();
                CloudEvent revoked = events.awaitEvent("my.gov.token.revoked", jti);
                assertThat(new String(revoked.getData().toBytes(), StandardCharsets.UTF_8)).contains("\"clientId\":\"" + clientId + "\"");
                introspect(accessToken).then().statusCode(200).body("active", equalTo(false));
            }
        }
    }

    @Test
    void consentIsRememberedListedAndRevocable() {
        Browser browser = new Browser();
        try (EventCapture events = EventCapture.of("identity.events")) {
            Response tokens = redeem(signInAndConsent(browser).get("code"), verifier, REDIRECT);
            String accessToken = tokens.path("access_token");
            events.awaitEvent("my.gov.consent.granted", citizen.id);
            given().auth().oauth2(accessToken).when().get("/v1/consents").then().statusCode(200)
                    .body("items.clientId", org.hamcrest.Matchers.hasItem(clientId))
                    .body("items.find { it.clientId == '" + clientId + "' }.scopes", org.hamcrest.Matchers.hasItem("mykad"));

            given().auth().oauth2(accessToken).when().delete("/v1/consents/" + clientId).then().statusCode(204);
            events.awaitEvent("my.gov.consent.revoked", citizen.id);
            given().auth().oauth2(accessToken).when().delete("/v1/consents/" + clientId).then().statusCode(404);
            refresh(tokens.path("refresh_token")).then().statusCode(400).body("error", equalTo("invalid_grant"));
        }
        assertThat(browser.get(authorizeUrl("")).header("Location")).contains("/consent?request=");
    }

    @Test
    void aRefusedSignInIsExplainedInThePagesLanguage() {
        assertThat(refusedSignIn("en")).contains("<html lang=\"en\">", "Wrong MyKad number/e-mail or password.");
        assertThat(refusedSignIn("ms")).contains("<html lang=\"ms\">", "No. MyKad/e-mel atau kata laluan salah.");
    }

    /** Posts the sign-in form of a page in the given language with an unknown identifier; the form carries its language. */
    private String refusedSignIn(String lang) {
        Browser browser = new Browser();
        Map<String, String> form = Browser.hiddenFields(browser.get(browser.get(authorizeUrl("")).header("Location")).asString());
        form.put("lang", lang);
        form.put("loginId", "nobody-" + UUID.randomUUID() + "@example.com");
        form.put("password", "Wrong-Password-1");
        return browser.postForm("/signin", form).asString();
    }

    @Test
    void pagesAreBilingual() {
        Browser browser = new Browser();
        String location = browser.get(authorizeUrl("")).header("Location");
        given().urlEncodingEnabled(false).when().get(location.replace("lang=ms", "lang=en")).then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("Sign in"));
        given().urlEncodingEnabled(false).header("Accept-Language", "en-GB,en;q=0.9").when().get(location.replace("&lang=ms", "")).then()
                .body(containsString("<html lang=\"en\">"));
        given().urlEncodingEnabled(false).when().get(location).then().body(containsString("<html lang=\"ms\">")).body(containsString("Log masuk"));
    }
}
