package my.gov.platform.identity.accounts;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** Sign-up refuses identities that cannot exist: made-up countries and SSM numbers outside the published structure. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class SignUpProofingTest {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PASSWORD = "Kopi-Tarik-Setiap-Pagi-2026";

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static Response register(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/accounts");
    }

    private static String nonCitizen(String email, String nationality) {
        return """
                {"kind": "NON_CITIZEN", "fullName": "Budi Santoso", "email": "%s", "password": "%s",
                 "passportNumber": "E12345678", "nationality": "%s"}""".formatted(email, PASSWORD, nationality);
    }

    private static String business(String email, String ssmNumber) {
        return """
                {"kind": "BUSINESS", "fullName": "Syarikat Contoh", "email": "%s", "password": "%s",
                 "companyRegistrationNumber": "%s"}""".formatted(email, PASSWORD, ssmNumber);
    }

    @Test
    void aMadeUpNationalityIsRefusedOnTheField() {
        register(nonCitizen(uniqueEmail("xxx"), "XXX")).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/validation-failed"))
                .body("violations[0].field", equalTo("nationality"))
                .body("violations[0].message", containsString("ISO 3166-1 alpha-3"));
        String email = uniqueEmail("xxx");
        register(nonCitizen(email, "XXX")).then().statusCode(400);
        assertThat(Account.count("email", email)).isZero();
    }

    @Test
    void aNonCitizenOfARealCountryRegisters() {
        String email = uniqueEmail("budi");
        register(nonCitizen(email, "IDN")).then().statusCode(202).body("status", equalTo("VERIFICATION_SENT"));
        assertThat(Account.byLoginId(email).orElseThrow().nationality).isEqualTo("IDN");
    }

    @Test
    void anSsmNumberOutsideThePublishedStructureIsRefusedOnTheField() {
        for (String forged : new String[]{"180099000001", "201907000005", "201901000000", "209901000005"}) {
            String email = uniqueEmail("ssm");
            register(business(email, forged)).then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("violations[0].field", equalTo("companyRegistrationNumber"));
            assertThat(Account.count("email", email)).as(forged).isZero();
        }
    }

    @Test
    void aBusinessWithAWellFormedSsmNumberRegisters() {
        String email = uniqueEmail("syarikat");
        register(business(email, "202003012345")).then().statusCode(202);
        assertThat(Account.byLoginId(email).orElseThrow().companyRegistrationNumber).isEqualTo("202003012345");
    }

    @Test
    void aBreachedPasswordStretchedToTheMinimumLengthIsRefused() {
        String email = uniqueEmail("pw");
        given().contentType(ContentType.JSON).body("""
                        {"kind": "NON_CITIZEN", "fullName": "Budi Santoso", "email": "%s", "password": "Sunshine2026!!",
                         "passportNumber": "E12345678", "nationality": "IDN"}""".formatted(email))
                .when().post("/v1/accounts").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/weak-password"))
                .body("field", equalTo("password"))
                .body("detail", containsString("common or breached"));
        assertThat(Account.count("email", email)).isZero();
    }
}
