package my.gov.platform.identity.passkeys;

import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.authorize.Pkce;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.RegisterClientRequest;
import my.gov.platform.commons.security.assurance.LevelOfAssurance;
import my.gov.platform.identity.support.Browser;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.identity.support.SoftwareAuthenticator;
import my.gov.platform.identity.support.TestPeople;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class PasskeyTest {
    private static final String PASSWORD = "Nasi-Kerabu-Biru-2026";
    private static final String REDIRECT = "https://rp.example.gov.my/callback";
    private static final String VERIFIER = "p".repeat(50);
    private static final Pattern DATA = Pattern.compile("data-(challenge|rp-id)=\"([^\"]+)\"");
    private static final Pattern CHALLENGE_ID = Pattern.compile("name=\"challengeId\" value=\"([^\"]+)\"");

    @Inject
    ClientRegistry registry;
    @Inject
    AccountService accounts;

    @Test
    void aRegisteredSecurityKeyIsTheSecondFactorAtSignIn() throws Exception {
        String clientId = client();
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
        String authorize = authorize(clientId);
        Browser browser = new Browser();
        String accessToken = redeem(clientId, Browser.query(browser.consent(browser.signIn(browser.get(authorize),
                citizen.loginId, PASSWORD), true)).get("code")).path("access_token");

        SoftwareAuthenticator key = new SoftwareAuthenticator();
        register(accessToken, key, citizen);
        given().auth().oauth2(accessToken).when().get("/v1/mfa/webauthn/credentials")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(key.credentialIdBase64Url()))
                .body("items[0].label", equalTo("Kunci rumah"));

        // With a key registered, the password alone no longer finishes the sign-in.
        Browser next = new Browser();
        Response toMfa = next.signIn(next.get(authorize + "&acr_values=urn:mygov:loa:2"), citizen.loginId, PASSWORD);
        assertThat(toMfa.header("Location")).contains("/mfa?request=");
        String page = next.get(toMfa.header("Location")).asString();
        assertThat(page).contains("id=\"passkey-form\"").contains("/passkey.js");

        Map<String, String> wrongKey = assertionForm(page, new SoftwareAuthenticator());
        assertThat(next.postForm("/mfa/passkey", wrongKey).asString()).contains("Kunci keselamatan tidak dapat disahkan");

        String retryPage = next.get(toMfa.header("Location")).asString();
        Map<String, String> form = assertionForm(retryPage, key);
        Map<String, String> callback = Browser.query(next.postForm("/mfa/passkey", form));
        SignedJWT idToken = SignedJWT.parse(redeem(clientId, callback.get("code")).path("id_token"));
        assertThat(idToken.getJWTClaimsSet().getStringClaim("acr")).isEqualTo(LevelOfAssurance.SECOND_FACTOR);
        assertThat(idToken.getJWTClaimsSet().getStringListClaim("amr")).containsExactly("pwd", "hwk");

        assertThat(next.postForm("/mfa/passkey", form).statusCode()).as("a used sign-in request cannot be answered again")
                .isEqualTo(400);
    }

    @Test
    void registrationChecksTheChallengeAndBelongsToThePerson() {
        String clientId = client();
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
        Browser browser = new Browser();
        String accessToken = redeem(clientId, Browser.query(browser.consent(browser.signIn(browser.get(authorize(clientId)),
                citizen.loginId, PASSWORD), true)).get("code")).path("access_token");
        SoftwareAuthenticator key = new SoftwareAuthenticator();

        Response options = given().auth().oauth2(accessToken).when().post("/v1/mfa/webauthn/registrations");
        options.then().statusCode(201).body("rpId", equalTo("localhost")).body("algorithms", equalTo(List.of(-7, -257)));
        String challengeId = options.path("challengeId");
        SoftwareAuthenticator.Created forOtherChallenge = key.create(new byte[32], origin(), "localhost");
        answer(accessToken, challengeId, forOtherChallenge).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("attestationObject"));
        answer(accessToken, challengeId, key.create(challengeBytes(options), origin(), "localhost"))
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(given().auth().oauth2(accessToken).when().get("/v1/mfa/webauthn/credentials").<List<?>>path("items"))
                .as("a challenge is spent by a failed answer too").isEmpty();

        String agencyClient = OAuthTestClients.uniqueId("passkey-agency");
        OAuthTestClients.secretClient(registry, agencyClient, "JPJ", "payments.read");
        String agencyToken = OAuthTestClients.token(agencyClient);
        given().auth().oauth2(agencyToken).when().post("/v1/mfa/webauthn/registrations")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/v1/mfa/webauthn/credentials").then().statusCode(401);
        given().auth().oauth2(accessToken).when().delete("/v1/mfa/webauthn/credentials/unknown")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private void register(String accessToken, SoftwareAuthenticator key, Account citizen) {
        Response options = given().auth().oauth2(accessToken).when().post("/v1/mfa/webauthn/registrations");
        options.then().statusCode(201);
        try (EventCapture events = EventCapture.of("identity.events")) {
            answer(accessToken, options.path("challengeId"), key.create(challengeBytes(options), origin(), options.path("rpId")))
                    .then().statusCode(201).body("id", equalTo(key.credentialIdBase64Url()));
            assertThat(events.awaitEvent("my.gov.mfa.enrolled", citizen.id).getData().toBytes()).asString().contains("WEBAUTHN");
        }
    }

    private static Response answer(String accessToken, String challengeId, SoftwareAuthenticator.Created created) {
        return given().auth().oauth2(accessToken).contentType(ContentType.JSON)
                .body(Map.of("clientDataJSON", SoftwareAuthenticator.b64(created.clientDataJson()),
                        "attestationObject", SoftwareAuthenticator.b64(created.attestationObject()), "label", "Kunci rumah"))
                .when().post("/v1/mfa/webauthn/registrations/" + challengeId);
    }

    /** What passkey.js posts after navigator.credentials.get() on the page. */
    private static Map<String, String> assertionForm(String page, SoftwareAuthenticator key) {
        Map<String, String> data = new java.util.HashMap<>();
        Matcher matcher = DATA.matcher(page);
        while (matcher.find()) {
            data.put(matcher.group(1), matcher.group(2));
        }
        Matcher challengeId = CHALLENGE_ID.matcher(page);
        assertThat(challengeId.find()).isTrue();
        SoftwareAuthenticator.Assertion assertion = key.get(Base64.getUrlDecoder().decode(data.get("challenge")), origin(),
                data.get("rp-id"));
        Map<String, String> form = Browser.hiddenFields(page);
        form.put("challengeId", challengeId.group(1));
        form.put("credentialId", SoftwareAuthenticator.b64(assertion.credentialId()));
        form.put("clientDataJSON", SoftwareAuthenticator.b64(assertion.clientDataJson()));
        form.put("authenticatorData", SoftwareAuthenticator.b64(assertion.authenticatorData()));
        form.put("signature", SoftwareAuthenticator.b64(assertion.signature()));
        return form;
    }

    private static byte[] challengeBytes(Response options) {
        return Base64.getUrlDecoder().decode(options.<String>path("challenge"));
    }

    private static String origin() {
        URI issuer = URI.create(IssuerPortResource.issuer());
        return issuer.getScheme() + "://" + issuer.getRawAuthority();
    }

    private String client() {
        String clientId = OAuthTestClients.uniqueId("passkey");
        registry.register(new RegisterClientRequest(clientId, "Passkey portal", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE), List.of(), List.of(REDIRECT), null, null), clientId + "-secret");
        return clientId;
    }

    private static String authorize(String clientId) {
        return "/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri=" + REDIRECT
                + "&scope=openid&state=pk&code_challenge=" + Pkce.s256(VERIFIER) + "&code_challenge_method=S256";
    }

    private static Response redeem(String clientId, String code) {
        return given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", REDIRECT).formParam("code_verifier", VERIFIER)
                .when().post("/oauth2/token").then().statusCode(200).extract().response();
    }
}
