package my.gov.platform.identity.civilservants;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cloudevents.CloudEvent;
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
import my.gov.platform.identity.oauth.AccessTokens;
import my.gov.platform.identity.oauth.AuthenticationInfo;
import my.gov.platform.identity.support.Browser;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.identity.support.RecordingCodeGenerator;
import my.gov.platform.identity.support.TestPeople;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Civil servants act for their agency only once its head of department approved them, and stop at once
 * when HR records that they left: the attacks (a made-up agency, a token before approval, another agency's
 * approver, a leaver's token) against the running service.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class CivilServantApprovalTest {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PASSWORD = "Roti-Canai-Banjir-2026";
    private static final String REDIRECT = "https://rp.example.gov.my/callback";

    @Inject
    AccountService accounts;
    @Inject
    AccessTokens tokens;
    @Inject
    ClientRegistry registry;

    private String clientId;
    private final String verifier = "v".repeat(20) + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void registerRelyingParty() {
        clientId = OAuthTestClients.uniqueId("hrmis");
        registry.register(new RegisterClientRequest(clientId, "HRMIS Ujian", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE), List.of(), List.of(REDIRECT), null, null), clientId + "-secret");
    }

    private static Response signUp(String email, String agency) {
        return given().contentType(ContentType.JSON).body("""
                        {"kind": "CIVIL_SERVANT", "fullName": "Ahmad bin Ali", "email": "%s", "password": "%s", "agency": "%s"}"""
                        .formatted(email, PASSWORD, agency))
                .when().post("/v1/accounts");
    }

    private static String uniqueAddress(String domain) {
        return "ahmad-" + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
    }

    /** Signs up, verifies the e-mail address with the code sent, and returns the account. */
    private static Account verifiedSignUp(String email, String agency) {
        signUp(email, agency).then().statusCode(202);
        given().contentType(ContentType.JSON)
                .body("{\"loginId\": \"%s\", \"channel\": \"EMAIL\", \"code\": \"%s\"}".formatted(email, RecordingCodeGenerator.lastCodeSentTo(email)))
                .when().post("/v1/account-verifications").then().statusCode(200).body("status", equalTo("ACTIVE"));
        return Account.byLoginId(email).orElseThrow();
    }

    /** The claims of the access token the person gets by signing in through the authorization code flow. */
    private JWTClaimsSet signInAndGetAccessToken(String loginId) throws Exception {
        Browser browser = new Browser();
        Response afterSignIn = browser.signIn(browser.get("/oauth2/authorize?response_type=code&client_id=" + clientId
                + "&redirect_uri=" + REDIRECT + "&scope=openid&state=st&nonce=n&code_challenge=" + Pkce.s256(verifier)
                + "&code_challenge_method=S256"), loginId, PASSWORD);
        boolean consentRemembered = !afterSignIn.header("Location").contains("/consent?request=");
        Map<String, String> callback = Browser.query(consentRemembered ? afterSignIn : browser.consent(afterSignIn, true));
        String accessToken = given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "authorization_code").formParam("code", callback.get("code"))
                .formParam("redirect_uri", REDIRECT).formParam("code_verifier", verifier)
                .when().post("/oauth2/token").then().statusCode(200).extract().path("access_token");
        return SignedJWT.parse(accessToken).getJWTClaimsSet();
    }

    private static Response approve(String token, UUID accountId, String roles) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"roles\": " + roles + "}")
                .when().post("/v1/civil-servants/" + accountId + "/approval");
    }

    @Test
    void aSelfDeclaredAgencyOutsideTheDirectoryOrAnotherAgencysAddressIsRefused() {
        String email = uniqueAddress("jpj.gov.my");
        signUp(email, "ZZZZ").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("agency"));
        signUp(email, "JPN").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("email"));
        assertThat(Account.byLoginId(email)).isEmpty();
    }

    @Test
    void tokensCarryNoAgencyUntilTheAgencysHeadOfDepartmentApproves() throws Exception {
        String email = uniqueAddress("hq.jpj.gov.my");
        Account newcomer = verifiedSignUp(email, "JPJ");
        assertThat(newcomer.agency).isNull();

        JWTClaimsSet before = signInAndGetAccessToken(email);
        assertThat(before.getClaim("agency")).isNull();
        assertThat(before.getStringListClaim("roles")).isNullOrEmpty();

        String otherHead = TestPeople.tokenFor(TestPeople.activeCivilServant(accounts, "JPN", "head-of-department"), tokens, registry);
        String jpjAdmin = TestPeople.tokenFor(TestPeople.activeCivilServant(accounts, "JPJ", "agency-admin"), tokens, registry);
        String jpjHead = TestPeople.tokenFor(TestPeople.activeCivilServant(accounts, "JPJ", "head-of-department"), tokens, registry);
        approve(otherHead, newcomer.id, "[\"agency-admin\"]").then().statusCode(404).contentType(PROBLEM_JSON);
        approve(jpjAdmin, newcomer.id, "[\"agency-admin\"]").then().statusCode(403);
        approve(TestPeople.tokenFor(newcomer, tokens, registry), newcomer.id, "[\"agency-admin\"]").then().statusCode(403);
        approve(jpjHead, newcomer.id, "[\"platform-admin\"]").then().statusCode(400).contentType(PROBLEM_JSON);

        given().auth().oauth2(jpjHead).when().get("/v1/civil-servants?limit=100").then().statusCode(200)
                .body("items.accountId", hasItem(newcomer.id.toString()));
        given().auth().oauth2(otherHead).when().get("/v1/civil-servants?limit=100").then().statusCode(200)
                .body("items.accountId", not(hasItem(newcomer.id.toString())));

        approve(jpjHead, newcomer.id, "[\"agency-admin\"]").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("agency", equalTo("JPJ")).body("roles", equalTo(List.of("agency-admin")));
        approve(jpjHead, newcomer.id, "[\"agency-admin\"]").then().statusCode(409);

        JWTClaimsSet after = signInAndGetAccessToken(email);
        assertThat(after.getStringClaim("agency")).isEqualTo("JPJ");
        assertThat(after.getStringListClaim("roles")).containsExactly("agency-admin");
    }

    @Test
    void aHeadOfDepartmentSignedInWithAPasswordAloneIsAskedToStepUp() {
        Account newcomer = verifiedSignUp(uniqueAddress("jpj.gov.my"), "JPJ");
        String passwordOnly = TestPeople.tokenFor(TestPeople.activeCivilServant(accounts, "JPJ", "head-of-department"), tokens, registry,
                new AuthenticationInfo(Instant.now(), LevelOfAssurance.PASSWORD, List.of("pwd")));
        approve(passwordOnly, newcomer.id, "[\"agency-admin\"]").then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("insufficient_user_authentication"))
                .header("WWW-Authenticate", containsString("acr_values=\"urn:mygov:loa:2\""));
        given().auth().oauth2(passwordOnly).when().post("/v1/civil-servants/" + newcomer.id + "/departure").then().statusCode(401);
        assertThat(Account.<Account>findById(newcomer.id).agency).isNull();
    }

    @Test
    void anUnverifiedAddressCannotBeApproved() {
        String email = uniqueAddress("jpj.gov.my");
        signUp(email, "JPJ").then().statusCode(202);
        Account unverified = Account.byLoginId(email).orElseThrow();
        String jpjHead = TestPeople.tokenFor(TestPeople.activeCivilServant(accounts, "JPJ", "head-of-department"), tokens, registry);
        approve(jpjHead, unverified.id, "[]").then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void aLeaverIsCutOffAtOnceAndTheOtherServicesAreTold() {
        Account leaver = TestPeople.activeCivilServant(accounts, "JPJ", "agency-admin");
        String leaverToken = TestPeople.tokenFor(leaver, tokens, registry);
        String jpjHr = TestPeople.tokenFor(TestPeople.activeCivilServant(accounts, "JPJ", "agency-admin"), tokens, registry);
        String otherHr = TestPeople.tokenFor(TestPeople.activeCivilServant(accounts, "JPN", "agency-admin"), tokens, registry);
        String citizen = TestPeople.tokenFor(TestPeople.activeCitizen(accounts, PASSWORD), tokens, registry);
        given().auth().oauth2(leaverToken).when().get("/v1/accounts/" + leaver.id).then().statusCode(200);

        given().auth().oauth2(citizen).when().post("/v1/civil-servants/" + leaver.id + "/departure").then().statusCode(403);
        given().auth().oauth2(otherHr).when().post("/v1/civil-servants/" + leaver.id + "/departure")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        try (EventCapture events = EventCapture.of("identity.events")) {
            given().auth().oauth2(jpjHr).when().post("/v1/civil-servants/" + leaver.id + "/departure")
                    .then().statusCode(200).body("status", equalTo("LEFT"));
            CloudEvent deactivated = events.awaitEvent("my.gov.user.deactivated", leaver.id);
            assertThat(deactivated.getExtension("agency")).isEqualTo("JPJ");
        }
        given().auth().oauth2(leaverToken).when().get("/v1/accounts/" + leaver.id).then().statusCode(401);
        given().auth().oauth2(leaverToken).when().get("/userinfo").then().statusCode(401);
        given().auth().oauth2(jpjHr).when().post("/v1/civil-servants/" + leaver.id + "/departure").then().statusCode(409);
    }
}
