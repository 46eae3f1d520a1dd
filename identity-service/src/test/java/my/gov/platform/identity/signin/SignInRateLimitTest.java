package my.gov.platform.identity.signin;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import my.gov.platform.identity.support.ForwardedAddresses;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * Password sign-ins are limited per caller address, the one a trusted proxy forwarded. Over the limit, a browser posting
 * the form is shown a page in its language saying how long to wait; any other caller gets the problem.
 */
@QuarkusTest
@TestProfile(ForwardedAddresses.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class SignInRateLimitTest {
    /** What a browser sends when it posts a form. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

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

    @Test
    void aBrowserOverTheSignInQuotaIsShownAPageInItsLanguageSayingHowLongToWait() {
        String english = "203.0.113.43";
        exhaust(english);
        signIn(english, BROWSER).header("Accept-Language", "en-GB,en;q=0.9").post("/signin").then().statusCode(429)
                .contentType(containsString("text/html"))
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit-Policy", "\"sign-in\";q=5;w=3600")
                .header("RateLimit", matchesPattern("\"sign-in\";r=0;t=[1-9]\\d*"))
                .header("Content-Language", "en")
                .body(containsString("<html lang=\"en\">"), matchesPattern("(?s).*Wait \\d+ (minutes|seconds?), then try again.*"));
        String malay = "203.0.113.44";
        exhaust(malay);
        // The language chosen on an earlier page (its cookie) wins over the browser's own.
        signIn(malay, BROWSER).header("Accept-Language", "en").cookie("lang", "ms").post("/signin").then().statusCode(429)
                .contentType(containsString("text/html"))
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .body(containsString("<html lang=\"ms\">"), matchesPattern("(?s).*Tunggu \\d+ (minit|saat), kemudian cuba lagi.*"));
    }

    @Test
    void aCallerAskingForJsonOverTheSignInQuotaGetsTheProblem() {
        String address = "203.0.113.45";
        exhaust(address);
        signIn(address, "application/json, text/html;q=0.5").post("/signin").then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/too-many-requests"))
                .header("Retry-After", matchesPattern("[1-9]\\d*"));
    }

    private static void exhaust(String address) {
        for (int i = 0; i < ForwardedAddresses.SIGN_INS; i++) {
            signIn(address, BROWSER).post("/signin").then().statusCode(not(429));
        }
    }

    private static RequestSpecification signIn(String address, String accept) {
        return given().header("X-Forwarded-For", address).accept(accept).contentType("application/x-www-form-urlencoded")
                .formParam("request", UUID.randomUUID().toString()).formParam("csrf", "x")
                .formParam("loginId", "850101-14-5011").formParam("password", "wrong");
    }

    /** A script's sign-in: it names no type it prefers. */
    private static Response signIn(String address) {
        return signIn(address, "*/*").post("/signin");
    }
}
