package my.gov.platform.exchange.products;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import my.gov.platform.testing.TightRateLimits;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;

/** An agency system reading the catalogue of products counts against its client's read quota, not its address's. */
@QuarkusTest
@TestProfile(TightRateLimits.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ProductReadLimitTest {
    @Test
    void aClientOverItsReadQuotaIs429WhileAnotherClientAtTheSameAddressReadsOn() {
        String token = TestTokens.client("reader-over-quota").token();
        for (int i = 0; i < TightRateLimits.QUOTA; i++) {
            given().auth().oauth2(token).get("/v1/products").then().statusCode(200)
                    .header("RateLimit-Policy", "\"api-read\";q=" + TightRateLimits.QUOTA + ";w=3600");
        }
        given().auth().oauth2(token).get("/v1/products").then().statusCode(429)
                .contentType("application/problem+json").body("type", endsWith("/problems/too-many-requests"))
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit", matchesPattern("\"api-read\";r=0;t=[1-9]\\d*"));
        given().auth().oauth2(TestTokens.client("reader-within-quota").token()).get("/v1/products").then().statusCode(200);
    }
}
