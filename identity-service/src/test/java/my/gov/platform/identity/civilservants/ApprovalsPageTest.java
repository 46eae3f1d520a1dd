package my.gov.platform.identity.civilservants;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.mfa.MfaService;
import my.gov.platform.identity.mfa.Totp;
import my.gov.platform.identity.oauth.AccessTokens;
import my.gov.platform.identity.pages.PageSupport;
import my.gov.platform.identity.support.Browser;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.RecordingCodeGenerator;
import my.gov.platform.identity.support.TestPeople;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A head of department, appointed by a platform administrator, approves a newcomer on the page, signed in with a
 * second factor (urn:mygov:loa:2) as the approvals API requires: a password-only session is stepped up first.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class ApprovalsPageTest {
    private static final String PASSWORD = "Teh-Tarik-Kurang-Manis-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Inject
    AccountService accounts;
    @Inject
    AccessTokens tokens;
    @Inject
    ClientRegistry registry;
    @Inject
    MfaService mfa;

    private static Account verifiedSignUp(String agency, String domain) {
        String email = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
        given().contentType(ContentType.JSON).body("""
                        {"kind": "CIVIL_SERVANT", "fullName": "Staff %s", "email": "%s", "password": "%s", "agency": "%s"}"""
                        .formatted(agency, email, PASSWORD, agency))
                .when().post("/v1/accounts").then().statusCode(202);
        given().contentType(ContentType.JSON)
                .body("{\"loginId\": \"%s\", \"channel\": \"EMAIL\", \"code\": \"%s\"}".formatted(email, RecordingCodeGenerator.lastCodeSentTo(email)))
                .when().post("/v1/account-verifications").then().statusCode(200);
        return Account.byLoginId(email).orElseThrow();
    }

    private static Browser signedInWithPasswordOnly(Account person) {
        Browser browser = new Browser();
        browser.signIn(browser.get(browser.get("/account").header("Location")), person.loginId, PASSWORD);
        return browser;
    }

    /** Opens the approvals page the way a person does, answering the sign-in and its second step on the way. */
    private static Response throughSignInToApprovals(Browser browser, Account person) {
        Response toAuthorize = browser.get("/civil-servants/approvals?lang=en");
        assertThat(toAuthorize.statusCode()).isEqualTo(303);
        assertThat(toAuthorize.header("Location")).contains("/oauth2/authorize").contains("acr_values=urn%3Amygov%3Aloa%3A2");
        Response toMfa = browser.signIn(browser.get(toAuthorize.header("Location")), person.loginId, PASSWORD);
        assertThat(toMfa.header("Location")).contains("/mfa?request=");
        Map<String, String> form = Browser.hiddenFields(browser.get(toMfa.header("Location")).asString());
        form.put("code", Totp.code(TOTP_SECRET, Totp.step(Instant.now())));
        Response back = browser.postForm("/mfa", form);
        assertThat(back.header("Location")).contains("/civil-servants/approvals?");
        return browser.get(back.header("Location") + "&lang=en");
    }

    private Account headOfDepartment(String agency, String domain) {
        String platformAdmin = TestPeople.tokenFor(TestPeople.activeCivilServant(accounts, "JDN", "platform-admin"), tokens, registry);
        Account head = verifiedSignUp(agency, domain);
        given().auth().oauth2(platformAdmin).contentType(ContentType.JSON).body("{\"roles\": [\"head-of-department\"]}")
                .when().post("/v1/civil-servants/" + head.id + "/approval").then().statusCode(200);
        mfa.enrolKnownTotp(head.id, TOTP_SECRET);
        return head;
    }

    @Test
    void aHeadOfDepartmentApprovesANewcomerOnThePage() {
        Account head = headOfDepartment("JPJ", "jpj.gov.my");
        Account newcomer = verifiedSignUp("JPJ", "jpj.gov.my");

        Browser browser = new Browser();
        Response page = throughSignInToApprovals(browser, head);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("Civil servant approvals").contains("/civil-servants/approvals/" + newcomer.id);
        Matcher csrf = CSRF.matcher(page.asString());
        assertThat(csrf.find()).isTrue();

        given().redirects().follow(false).cookie("mygov_session", browser.sessionCookie())
                .cookie(PageSupport.CSRF_COOKIE, page.getCookie(PageSupport.CSRF_COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", "forged").formParam("agencyAdmin", "true")
                .when().post("/civil-servants/approvals/" + newcomer.id).then().statusCode(400);
        given().redirects().follow(false).cookie("mygov_session", browser.sessionCookie())
                .cookie(PageSupport.CSRF_COOKIE, page.getCookie(PageSupport.CSRF_COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf.group(1)).formParam("lang", "en").formParam("agencyAdmin", "true")
                .when().post("/civil-servants/approvals/" + newcomer.id).then().statusCode(303);

        // Read in a transaction of its own: the test's persistence context still holds the account as signed up.
        Account approved = QuarkusTransaction.requiringNew().call(() -> Account.findById(newcomer.id));
        assertThat(approved.agency).isEqualTo("JPJ");
        assertThat(approved.roles).isEqualTo(List.of("agency-admin"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> CivilServant.<CivilServant>findById(newcomer.id)).decidedBy)
                .isEqualTo(head.id.toString());
    }

    @Test
    void aHeadSignedInWithAPasswordOnlyIsSteppedUpBeforeSeeingOrApproving() {
        Account head = headOfDepartment("JPJ", "jpj.gov.my");
        Account newcomer = verifiedSignUp("JPJ", "jpj.gov.my");
        Browser browser = signedInWithPasswordOnly(head);

        given().redirects().follow(false).cookie("mygov_session", browser.sessionCookie()).cookie(PageSupport.CSRF_COOKIE, "same")
                .contentType("application/x-www-form-urlencoded").formParam("csrf", "same").formParam("agencyAdmin", "true")
                .when().post("/civil-servants/approvals/" + newcomer.id).then().statusCode(400);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(newcomer.id)).agency).isNull();

        Response page = throughSignInToApprovals(browser, head);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("/civil-servants/approvals/" + newcomer.id);
    }

    @Test
    void peopleWhoAreNotHeadsOfDepartmentOrHaveNoSecondFactorAreTurnedAway() {
        Account unapproved = verifiedSignUp("JPN", "jpn.gov.my");
        mfa.enrolKnownTotp(unapproved.id, TOTP_SECRET);
        assertThat(throughSignInToApprovals(new Browser(), unapproved).statusCode()).isEqualTo(403);

        Account withoutSecondFactor = verifiedSignUp("JPN", "jpn.gov.my");
        Browser browser = new Browser();
        Response refused = browser.signIn(browser.get(browser.get("/civil-servants/approvals").header("Location")),
                withoutSecondFactor.loginId, PASSWORD);
        assertThat(refused.header("Location")).contains("/civil-servants/approvals?error=unmet_authentication_requirements");
        Response page = browser.get(refused.header("Location") + "&lang=en");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.asString()).contains("needs a sign-in with a second step");
    }
}
