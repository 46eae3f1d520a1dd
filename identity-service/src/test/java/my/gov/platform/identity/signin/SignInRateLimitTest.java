package my.gov.platform.identity.signin;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import my.gov.platform.identity.support.ForwardedAddresses;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Password sign-ins are limited per caller address, the one a trusted proxy forwarded. */
@QuarkusTest
@TestProfile(ForwardedAddresses.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class SignInRateLimitTest {
    @Test
    void anAddressOverTheSignInQuotaIs429WhileAnotherAddressMayStillTry() {
        String address = "203.0.113.41";
        for (int i = 0; i < ForwardedAddresses.SIGN_INS; i++) {
            signIn(address).then().statusCode(not(429)).header("RateLimit-Policy", "\"sign-in\";q=5;w=3600");
        }
        signIn(address).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit", matchesPattern("\"sign-in\";r=0;t=[1-9]\\d*"));
        signIn("203.0.113.42").then().statusCode(not(429));
    }

    private static Response signIn(String address) {
        return given().header("X-Forwarded-For", address).contentType("application/x-www-form-urlencoded")
                .formParam("request", UUID.randomUUID().toString()).formParam("csrf", "x")
                .formParam("loginId", "850101-14-5011").formParam("password", "wrong")
                .when().post("/signin");
    }
}
