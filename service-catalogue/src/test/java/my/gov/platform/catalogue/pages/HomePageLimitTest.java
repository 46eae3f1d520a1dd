package my.gov.platform.catalogue.pages;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TightRateLimits;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

/** The catalogue's public pages are limited per visitor address; one busy visitor does not close them for others. */
@QuarkusTest
@TestProfile(TightRateLimits.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class HomePageLimitTest {
    @Test
    void aVisitorOverThePageQuotaIs429WhileAnotherVisitorStillSeesTheHomePage() {
        String visitor = "203.0.113.91";
        for (int i = 0; i < TightRateLimits.QUOTA; i++) {
            given().header("X-Forwarded-For", visitor).get("/").then().statusCode(200)
                    .header("RateLimit", matchesPattern("\"public-page\";r=" + (TightRateLimits.QUOTA - 1 - i) + ";t=\\d+"));
        }
        given().header("X-Forwarded-For", visitor).get("/").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit-Policy", "\"public-page\";q=" + TightRateLimits.QUOTA + ";w=3600");
        given().header("X-Forwarded-For", "203.0.113.92").get("/").then().statusCode(200);
    }
}
