package my.gov.platform.commons.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import my.gov.platform.testing.TightRateLimits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** Each class of operation has its own quota per client (APIs with a token) or per caller address (everything else). */
@QuarkusTest
@TestProfile(TightRateLimits.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class RateLimitTest {
    private static final int QUOTA = TightRateLimits.QUOTA;
    /** What a browser sends when it opens a page. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 10_000));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aClientOverItsReadQuotaIsAnswered429WithRetryAfterAndTheRateLimitFields() {
        String token = TestTokens.client("rate-" + UUID.randomUUID()).token();
        for (int i = 1; i <= QUOTA; i++) {
            given().auth().oauth2(token).get("/v1/rate-probes").then().statusCode(200)
                    .header("RateLimit-Policy", "\"api-read\";q=" + QUOTA + ";w=3600")
                    .header("RateLimit", matchesPattern("\"api-read\";r=" + (QUOTA - i) + ";t=\\d+"));
        }
        given().auth().oauth2(token).get("/v1/rate-probes").then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/too-many-requests"))
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit-Policy", "\"api-read\";q=" + QUOTA + ";w=3600")
                .header("RateLimit", matchesPattern("\"api-read\";r=0;t=[1-9]\\d*"));
        // Writes have their own quota, and another client its own bucket.
        given().auth().oauth2(token).post("/v1/rate-probes").then().statusCode(200).body(equalTo("written"));
        given().auth().oauth2(TestTokens.client("rate-" + UUID.randomUUID()).token()).get("/v1/rate-probes").then().statusCode(200);
    }

    @Test
    void withoutATokenTheQuotaIsTheCallerAddressForwardedByATrustedProxy() {
        String address = newAddress();
        exhaust(address, "/v1/rate-probes/page", "public-page");
        given().header("X-Forwarded-For", newAddress()).get("/v1/rate-probes/page").then().statusCode(200).body(equalTo("page"));
    }

    @Test
    void aReactiveOperationIsCountedToo() {
        exhaust(newAddress(), "/v1/rate-probes/reactive", "api-read");
    }

    @Test
    void aTokenThatFailsVerificationCountsAgainstTheCallerAddress() {
        String forged = TestTokens.client("rate-forged").issuer("https://elsewhere.example").token();
        given().header("X-Forwarded-For", newAddress()).auth().oauth2(forged).get("/v1/rate-probes").then()
                .header("RateLimit", matchesPattern("\"api-read\";r=" + (QUOTA - 1) + ";t=\\d+"));
    }

    @Test
    void manyFirstRequestsOfOneCallerAtOnceAreEachCountedNeverAFailure() throws Exception {
        // The first requests of a caller race to create its bucket row; the losers must still be counted, not fail.
        for (int round = 0; round < 5; round++) {
            String address = newAddress();
            ExecutorService pool = Executors.newFixedThreadPool(QUOTA * 2);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < QUOTA * 2; i++) {
                    answers.add(pool.submit(() -> given().header("X-Forwarded-For", address)
                            .get("/v1/rate-probes/page").statusCode()));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).containsOnly(200, 429);
                assertThat(statuses.stream().filter(status -> status == 200).count()).isEqualTo(QUOTA);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aBrowserOverItsQuotaOnAPageIsShownAPageSayingHowLongToWait() {
        String address = newAddress();
        exhaust(address, "/v1/edge-probes/page", "api-read");
        given().header("X-Forwarded-For", address).accept(BROWSER).get("/v1/edge-probes/page").then().statusCode(429)
                .contentType(containsString("text/html"))
                .header("Content-Language", "ms")
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit-Policy", "\"api-read\";q=" + QUOTA + ";w=3600")
                .body(containsString("<html lang=\"ms\">"), containsString("<h1>Terlalu banyak permintaan</h1>"),
                        matchesPattern("(?s).*Tunggu \\d+ (saat|minit), kemudian cuba lagi.*"));
        given().header("X-Forwarded-For", address).accept(BROWSER).queryParam("lang", "en").get("/v1/edge-probes/page")
                .then().statusCode(429).header("Content-Language", "en").body(containsString("<h1>Too many requests</h1>"),
                        matchesPattern("(?s).*Wait \\d+ (seconds?|minutes), then try again.*"));
        // A script naming no type, and any caller of an operation that makes no pages, get the problem.
        given().header("X-Forwarded-For", address).get("/v1/edge-probes/page").then().statusCode(429)
                .contentType("application/problem+json");
        String reader = newAddress();
        exhaust(reader, "/v1/rate-probes/page", "public-page");
        given().header("X-Forwarded-For", reader).accept(BROWSER).get("/v1/rate-probes/page").then().statusCode(429)
                .contentType("application/problem+json");
    }

    @Test
    void replicasShareOneCountAndEachGrantsAtMostItsLocalShareBeyondTheQuota() {
        RateLimitPolicy policy = new RateLimitPolicy("replicas", 300, Duration.ofHours(1));
        RateLimitBuckets[] replicas = {new RateLimitBuckets(dataSource), new RateLimitBuckets(dataSource)};
        String caller = "address:" + newAddress();
        int granted = 0;
        for (int i = 0; i < 2 * policy.quota(); i++) {
            if (replicas[i % 2].take(policy, caller).allowed()) {
                granted++;
            }
        }
        assertThat(granted).isBetween((int) policy.quota(), (int) (policy.quota() + 2 * RateLimitBuckets.localShare(policy)));
    }

    /** Spends an address's whole quota on {@code path}, then checks the next request is refused. */
    private static void exhaust(String address, String path, String policy) {
        for (int i = 0; i < QUOTA; i++) {
            given().header("X-Forwarded-For", address).get(path).then().statusCode(200);
        }
        given().header("X-Forwarded-For", address).get(path).then().statusCode(429)
                .header("RateLimit", matchesPattern("\"" + policy + "\";r=0;t=\\d+"));
    }

    /** An address no other test of this run has used, so its bucket is fresh. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (1 + n % 250);
    }
}
