package my.gov.platform.identity.signup;

import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.identity.accounts.SignUpQueue;
import my.gov.platform.identity.authorize.Pkce;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.RegisterClientRequest;
import my.gov.platform.identity.mfa.Totp;
import my.gov.platform.identity.pages.PageSupport;
import my.gov.platform.identity.support.Browser;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.identity.support.RecordingCodeGenerator;
import my.gov.platform.identity.support.SignUpQueueRows;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class SignUpPagesTest {
    private static final String PASSWORD = "Cendol-Durian-Melaka-2026";
    private static final String REDIRECT = "https://rp.example.gov.my/callback";
    private static final String VERIFIER = "u".repeat(50);
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    ClientRegistry registry;
    @Inject
    SignUpQueue queue;
    @Inject
    EntityManager entities;

    @Test
    void aCitizenSignsUpVerifiesSignsInAddsTotpAndUsesTheTokensToTheEnd() throws Exception {
        String mykad = freshMyKad();
        String email = "pendaftar-" + mykad + "@example.com";
        Map<String, String> form = new HashMap<>(Map.of("kind", "CITIZEN", "fullName", "Nur Aisyah binti Rahman",
                "mykadNumber", mykad.substring(0, 6) + "-" + mykad.substring(6, 8) + "-" + mykad.substring(8),
                "email", email, "password", PASSWORD, "lang", "en"));
        Response registered = submit("/signup?kind=CITIZEN&lang=en", "/signup", form);
        assertThat(registered.statusCode()).isEqualTo(303);
        assertThat(registered.header("Location")).contains("/verify?loginId=");

        String code = RecordingCodeGenerator.lastCodeSentTo(email);
        Response wrong = submit("/verify?lang=en", "/verify", Map.of("loginId", form.get("mykadNumber"), "channel", "EMAIL",
                "code", code.equals("000000") ? "111111" : "000000", "lang", "en"));
        assertThat(wrong.asString()).contains("The code is wrong, expired or already used.");
        Response verified = submit("/verify?lang=en", "/verify", Map.of("loginId", form.get("mykadNumber"), "channel", "EMAIL",
                "code", code, "lang", "en"));
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.asString()).contains("Your account is active");

        String clientId = OAuthTestClients.uniqueId("signup-rp");
        registry.register(new RegisterClientRequest(clientId, "Sign-up portal", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN), List.of("mykad"), List.of(REDIRECT), null, null),
                clientId + "-secret");
        String authorize = "/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri=" + REDIRECT
                + "&scope=openid%20profile%20mykad&state=su&code_challenge=" + Pkce.s256(VERIFIER) + "&code_challenge_method=S256";
        Browser browser = new Browser();
        Response signIn = browser.get(authorize);
        assertThat(browser.get(signIn.header("Location")).asString()).contains("href=\"/signup?lang=");
        Map<String, String> callback = Browser.query(browser.consent(browser.signIn(signIn, form.get("mykadNumber"), PASSWORD), true));
        Response tokens = redeem(clientId, callback.get("code"));
        var idClaims = SignedJWT.parse(tokens.<String>path("id_token")).getJWTClaimsSet();
        String subject = idClaims.getSubject();
        assertThat(idClaims.getStringClaim("name")).as("claims of the granted scopes are in the ID token too").isEqualTo("Nur Aisyah binti Rahman");
        assertThat(idClaims.getStringClaim("mykad_number")).isEqualTo(form.get("mykadNumber"));
        assertThat(idClaims.getClaim("email")).as("email was not asked for").isNull();
        given().auth().oauth2(tokens.<String>path("access_token")).when().get("/userinfo")
                .then().statusCode(200).body("sub", equalTo(subject)).body("name", equalTo("Nur Aisyah binti Rahman"));

        // An authenticator app, then a sign-in at level 2 in a new browser: password and TOTP.
        String secret = given().auth().oauth2(tokens.<String>path("access_token")).when().post("/v1/mfa/totp")
                .then().statusCode(201).extract().path("secret");
        given().auth().oauth2(tokens.<String>path("access_token")).contentType("application/json")
                .body(Map.of("code", Totp.code(secret, Totp.step(Instant.now())))).when().post("/v1/mfa/totp/confirmation")
                .then().statusCode(200);
        Browser phone = new Browser();
        Response toMfa = phone.signIn(phone.get(authorize + "&acr_values=urn:mygov:loa:2"), form.get("mykadNumber"), PASSWORD);
        assertThat(toMfa.header("Location")).contains("/mfa?request=");
        Map<String, String> mfaForm = Browser.hiddenFields(phone.get(toMfa.header("Location")).asString());
        mfaForm.put("code", Totp.code(secret, Totp.step(Instant.now()) + 1));
        Response loa2 = redeem(clientId, Browser.query(phone.postForm("/mfa", mfaForm)).get("code"));
        var loa2Claims = SignedJWT.parse(loa2.<String>path("id_token")).getJWTClaimsSet();
        assertThat(loa2Claims.getStringClaim("acr")).isEqualTo("urn:mygov:loa:2");
        assertThat(loa2Claims.getStringListClaim("amr")).containsExactly("pwd", "otp");
        given().auth().oauth2(loa2.<String>path("access_token")).when().get("/userinfo").then().statusCode(200).body("sub", equalTo(subject));

        // Refresh rotates; revoking the newest refresh token ends the grant.
        Response refreshed = given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "refresh_token").formParam("refresh_token", loa2.<String>path("refresh_token"))
                .when().post("/oauth2/token");
        refreshed.then().statusCode(200);
        assertThat(refreshed.<String>path("refresh_token")).isNotEqualTo(loa2.<String>path("refresh_token"));
        given().auth().preemptive().basic(clientId, clientId + "-secret").formParam("token", refreshed.<String>path("refresh_token"))
                .when().post("/oauth2/revoke").then().statusCode(200);
        given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refreshed.<String>path("refresh_token"))
                .when().post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
        given().auth().preemptive().basic(clientId, clientId + "-secret").formParam("token", refreshed.<String>path("access_token"))
                .when().post("/oauth2/revoke").then().statusCode(200);
        given().auth().oauth2(refreshed.<String>path("access_token")).when().get("/userinfo").then().statusCode(401);
    }

    private static Response redeem(String clientId, String code) {
        Response tokens = given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", REDIRECT).formParam("code_verifier", VERIFIER)
                .when().post("/oauth2/token");
        tokens.then().statusCode(200);
        return tokens;
    }

    @Test
    void mistakesAreShownOnTheFormAndNothingIsRegistered() {
        Response impossibleDate = submit("/signup?kind=CITIZEN&lang=en", "/signup", Map.of("kind", "CITIZEN",
                "fullName", "Ali", "mykadNumber", "851332-14-5011", "email", "ali@example.com", "password", PASSWORD, "lang", "en"));
        assertThat(impossibleDate.statusCode()).isEqualTo(200);
        assertThat(impossibleDate.asString()).contains("Please correct the following").contains("mykadNumber")
                .contains("value=\"Ali\"");
        assertThat(RecordingCodeGenerator.lastCodeSentTo("ali@example.com")).isNull();

        Response unofficial = submit("/signup?kind=CIVIL_SERVANT&lang=ms", "/signup", Map.of("kind", "CIVIL_SERVANT",
                "fullName", "Pegawai Palsu", "agency", "JPJ", "email", "pegawai@gmail.com", "password", PASSWORD, "lang", "ms"));
        assertThat(unofficial.asString()).contains("Sila betulkan perkara berikut").contains("email");

        Response shortPassword = submit("/signup?kind=BUSINESS&lang=en", "/signup", Map.of("kind", "BUSINESS",
                "fullName", "Syarikat Contoh", "companyRegistrationNumber", "201901000005", "email", "biz@example.com",
                "password", "pendek", "lang", "en"));
        assertThat(shortPassword.asString()).contains("Please correct the following");
    }

    @Test
    void formsWithoutTheirCsrfCookieAreRefused() {
        given().contentType("application/x-www-form-urlencoded").formParams(Map.of("csrf", "guess", "kind", "CITIZEN"))
                .cookie(PageSupport.CSRF_COOKIE, "another").when().post("/signup").then().statusCode(400);
        given().contentType("application/x-www-form-urlencoded").formParams(Map.of("csrf", "guess", "loginId", "x", "code", "123456"))
                .when().post("/verify").then().statusCode(400);
    }

    /** GETs the page for its CSRF token and cookie, then posts the form with both, as a browser would. */
    @Test
    void aQueuedPersonKeepsTheirPlaceBySendingTheFormAgainWithItsTicket() {
        SignUpQueueRows.clear(entities);
        List<UUID> held = new ArrayList<>();
        try {
            while (held.size() < queue.capacity()) {
                held.add(queue.enter(null).ticket());
            }
            String mykad = freshMyKad();
            Map<String, String> form = new HashMap<>(Map.of("kind", "CITIZEN", "fullName", "Siti Beratur", "mykadNumber", mykad,
                    "email", "beratur-" + mykad + "@example.com", "password", PASSWORD, "lang", "en"));
            Response queued = submit("/signup?kind=CITIZEN&lang=en", "/signup", form);
            assertThat(queued.statusCode()).isEqualTo(200);
            Matcher ticket = Pattern.compile("name=\"ticket\" value=\"([^\"]+)\"").matcher(queued.asString());
            assertThat(ticket.find()).as(queued.asString()).isTrue();
            assertThat(queued.asString()).contains("number 1 in the queue");

            queue.leave(held.remove(0));
            form.put("ticket", ticket.group(1));
            assertThat(submit("/signup?kind=CITIZEN&lang=en", "/signup", form).statusCode()).isEqualTo(303);
        } finally {
            held.forEach(queue::leave);
            SignUpQueueRows.clear(entities);
        }
    }

    private static Response submit(String pagePath, String action, Map<String, String> fields) {
        Response page = given().when().get(pagePath);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(page.asString());
        assertThat(csrf.find()).isTrue();
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrf", csrf.group(1));
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParams(form)
                .cookie(PageSupport.CSRF_COOKIE, page.getCookie(PageSupport.CSRF_COOKIE)).when().post(action);
    }

    private static String freshMyKad() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%02d%02d%02d10%04d", random.nextInt(60, 100), random.nextInt(1, 13), random.nextInt(1, 29),
                random.nextInt(10_000));
    }
}
