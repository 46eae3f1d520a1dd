package my.gov.platform.exchange.tracker;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static my.gov.platform.exchange.ExchangeFixtures.approvedAgreement;
import static my.gov.platform.exchange.ExchangeFixtures.citizen;
import static my.gov.platform.exchange.ExchangeFixtures.productId;
import static my.gov.platform.exchange.ExchangeFixtures.query;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class MyDataPageTest {

    @Test
    void aBrowserWithoutATokenIsSentToSignInAtIdentityServiceWithPkce() {
        var redirect = given().redirects().follow(false).when().get("/my-data?lang=en");
        redirect.then().statusCode(302);
        String location = redirect.header("Location");
        org.assertj.core.api.Assertions.assertThat(location)
                .contains("/authorize?").contains("client_id=data-exchange-portal").contains("response_type=code")
                .contains("mykad").contains("code_challenge_method=S256").contains("state=");
        given().redirects().follow(false).when().get("/v1/me/consents").then().statusCode(401);
    }
    private static final String MYKAD = "900202-10-5566";

    @Test
    void theCitizenSeesWhoReadTheirDataInEitherLanguageAndWithdrawsConsentWithAForm() {
        String subject = UUID.randomUUID().toString();
        String consentId = given().auth().oauth2(citizen(subject)).contentType(ContentType.JSON).body("""
                        {"consumerAgency": "LHDN", "productId": "%s", "purposeCode": "TAX_ADMINISTRATION", "fields": ["address"],
                         "expiresAt": "2099-01-01T00:00:00Z", "mykadNumber": "%s"}""".formatted(productId("POPULATION"), MYKAD))
                .when().post("/v1/consents").then().statusCode(201).extract().path("id");
        String agreement = approvedAgreement("LHDN", "POPULATION", "JPN", List.of("fullName", "address"), "TAX_ADMINISTRATION", 10);
        query("LHDN", Map.of("product", "POPULATION", "agreementId", agreement, "purposeCode", "TAX_ADMINISTRATION",
                "recordKey", MYKAD)).then().statusCode(200);

        given().auth().oauth2(citizen(subject)).when().get("/my-data?lang=ms").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"ms\">"))
                .body(containsString("Siapa membaca data saya"))
                .body(containsString("Lembaga Hasil Dalam Negeri (LHDN)"))
                .body(containsString("Registri penduduk"))
                .body(containsString("/my-data/consents/" + consentId + "/revoke"));
        given().auth().oauth2(citizen(subject)).header("Accept-Language", "en-GB").when().get("/my-data").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Who read my data"));

        given().auth().oauth2(citizen(subject)).redirects().follow(false).contentType(ContentType.URLENC).formParam("lang", "en")
                .when().post("/my-data/consents/" + consentId + "/revoke")
                .then().statusCode(303).header("Location", containsString("/my-data?lang=en"));
        given().auth().oauth2(citizen(subject)).when().get("/v1/consents/" + consentId).then().body("status", equalTo("REVOKED"));
        given().auth().oauth2(citizen(subject)).when().get("/my-data?lang=en").then()
                .body(not(containsString("/my-data/consents/" + consentId + "/revoke")))
                .body(containsString("Withdrawn"));
    }
}
