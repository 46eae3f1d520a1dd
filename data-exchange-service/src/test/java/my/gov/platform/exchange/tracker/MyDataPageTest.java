package my.gov.platform.exchange.tracker;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static io.restassured.matcher.RestAssuredMatchers.detailedCookie;
import static my.gov.platform.exchange.ExchangeFixtures.approvedAgreement;
import static my.gov.platform.exchange.ExchangeFixtures.citizen;
import static my.gov.platform.exchange.ExchangeFixtures.citizenWithSecondFactor;
import static my.gov.platform.exchange.ExchangeFixtures.productId;
import static my.gov.platform.exchange.ExchangeFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class MyDataPageTest {
    private static final String MYKAD = "900202-10-5566";

    @Test
    void aBrowserWithoutATokenIsSentToSignInAtIdentityServiceWithPkce() {
        var redirect = given().redirects().follow(false).when().get("/my-data?lang=en");
        redirect.then().statusCode(302);
        String location = redirect.header("Location");
        assertThat(location)
                .contains("/authorize?").contains("client_id=data-exchange-portal").contains("response_type=code")
                .contains("mykad").contains("code_challenge_method=S256").contains("state=");
        given().redirects().follow(false).when().get("/v1/me/consents").then().statusCode(401);
    }

    @Test
    void theCitizenSeesWhoReadTheirDataInEitherLanguageAndWithdrawsConsentWithAForm() {
        String subject = UUID.randomUUID().toString();
        String consentId = grantAddressConsentToLhdn(subject);
        String agreement = approvedAgreement("LHDN", "POPULATION", "JPN", List.of("fullName", "address"), "TAX_ADMINISTRATION", 10);
        query("LHDN", Map.of("product", "POPULATION", "agreementId", agreement, "purposeCode", "TAX_ADMINISTRATION",
                "recordKey", MYKAD)).then().statusCode(200);

        given().auth().oauth2(citizen(subject, MYKAD)).when().get("/my-data?lang=ms").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"ms\">"))
                .body(containsString("Siapa membaca data saya"))
                .body(containsString("Lembaga Hasil Dalam Negeri (LHDN)"))
                .body(containsString("Registri penduduk"))
                .body(containsString("/my-data/consents/" + consentId + "/revoke"));
        Response english = given().auth().oauth2(citizen(subject, MYKAD)).header("Accept-Language", "en-GB").when().get("/my-data");
        english.then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Who read my data"));

        given().auth().oauth2(citizen(subject, MYKAD)).redirects().follow(false).contentType(ContentType.URLENC).formParam("lang", "en")
                .formParam("csrf", formToken(english)).cookie(MyDataPage.CSRF_COOKIE, english.getCookie(MyDataPage.CSRF_COOKIE))
                .when().post("/my-data/consents/" + consentId + "/revoke")
                .then().statusCode(303).header("Location", containsString("/my-data?lang=en"));
        given().auth().oauth2(citizen(subject, MYKAD)).when().get("/v1/consents/" + consentId).then().body("status", equalTo("REVOKED"));
        given().auth().oauth2(citizen(subject, MYKAD)).when().get("/my-data?lang=en").then()
                .body(not(containsString("/my-data/consents/" + consentId + "/revoke")))
                .body(containsString("Withdrawn"));
    }

    @Test
    void aRevokeFormWithoutTheTokenOfThisBrowsersPageIsRefusedAndTheConsentStays() {
        String subject = UUID.randomUUID().toString();
        String consentId = grantAddressConsentToLhdn(subject);
        Response page = given().auth().oauth2(citizen(subject, MYKAD)).when().get("/my-data?lang=en");
        page.then().header("Cache-Control", "no-store").cookie(MyDataPage.CSRF_COOKIE, detailedCookie()
                .httpOnly(true).sameSite("Strict").path("/my-data"));
        String revoke = "/my-data/consents/" + consentId + "/revoke";

        given().auth().oauth2(citizen(subject, MYKAD)).redirects().follow(false).contentType(ContentType.URLENC).formParam("lang", "en")
                .when().post(revoke).then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"));
        given().auth().oauth2(citizen(subject, MYKAD)).redirects().follow(false).contentType(ContentType.URLENC).formParam("lang", "en")
                .formParam("csrf", formToken(page)).cookie(MyDataPage.CSRF_COOKIE, "another-browsers-value")
                .when().post(revoke).then().statusCode(400);
        given().auth().oauth2(citizen(subject, MYKAD)).when().get("/v1/consents/" + consentId).then().body("status", equalTo("GRANTED"));
    }

    private static String grantAddressConsentToLhdn(String subject) {
        return given().auth().oauth2(citizenWithSecondFactor(subject, MYKAD)).contentType(ContentType.JSON).body("""
                        {"consumerAgency": "LHDN", "productId": "%s", "purposeCode": "TAX_ADMINISTRATION", "fields": ["address"],
                         "expiresAt": "2099-01-01T00:00:00Z", "mykadNumber": "%s"}""".formatted(productId("POPULATION"), MYKAD))
                .when().post("/v1/consents").then().statusCode(201).extract().path("id");
    }

    private static String formToken(Response page) {
        Matcher field = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(field.find()).as("the page's revoke forms carry a CSRF token").isTrue();
        return field.group(1);
    }
}
