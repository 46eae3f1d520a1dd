package my.gov.platform.payment.hosted;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TightRateLimits;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Someone walking payment references on the hosted page is held back per address, before any lookup. */
@QuarkusTest
@TestProfile(TightRateLimits.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class HostedPageLimitTest {
    @Test
    void anAddressOverThePageQuotaIs429WhileAnotherAddressStillGetsThePage() {
        String walker = "203.0.113.81";
        for (int i = 0; i < TightRateLimits.QUOTA; i++) {
            given().header("X-Forwarded-For", walker).get("/pay/" + UUID.randomUUID()).then().statusCode(not(429))
                    .header("RateLimit-Policy", "\"public-page\";q=" + TightRateLimits.QUOTA + ";w=3600");
        }
        given().header("X-Forwarded-For", walker).get("/pay/" + UUID.randomUUID()).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit", matchesPattern("\"public-page\";r=0;t=[1-9]\\d*"));
        given().header("X-Forwarded-For", "203.0.113.82").get("/pay/" + UUID.randomUUID()).then().statusCode(not(429));
    }
}
