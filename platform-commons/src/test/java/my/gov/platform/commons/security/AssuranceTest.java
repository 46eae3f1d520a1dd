package my.gov.platform.commons.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** An operation declaring a level of assurance refuses people who signed in below it (RFC 9470), not machines. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class AssuranceTest {
    private static final String PATH = "/v1/strong-actions";

    @Test
    void aPasswordSignInIsAskedToStepUp() {
        given().auth().oauth2(TestTokens.person(UUID.randomUUID().toString()).token()).when().post(PATH).then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer error=\"insufficient_user_authentication\""))
                .header("WWW-Authenticate", containsString("acr_values=\"urn:mygov:loa:2\""))
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/insufficient-user-authentication"))
                .body("acrValues", equalTo("urn:mygov:loa:2"));
    }

    @Test
    void aSecondFactorSignInIsEnough() {
        String subject = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.person(subject).assurance(2).token()).when().post(PATH).then()
                .statusCode(200).body(equalTo(subject));
    }

    @Test
    void aTokenWithoutAnyLevelIsNotEnough() {
        given().auth().oauth2(TestTokens.person(UUID.randomUUID().toString()).assurance(0).token()).when().post(PATH).then()
                .statusCode(401).body("detail", containsString("unknown"));
    }

    @Test
    void machineClientsAreNotHeldToIt() {
        given().auth().oauth2(TestTokens.agency("JPJ").token()).when().post(PATH).then().statusCode(200);
    }
}
