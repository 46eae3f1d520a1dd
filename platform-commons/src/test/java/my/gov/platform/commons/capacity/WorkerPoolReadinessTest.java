package my.gov.platform.commons.capacity;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Readiness says DOWN, promptly, once every worker thread is held by a request and a task has waited in the queue for
 * longer than mygov.readiness.saturated-for (2 s here), and UP once the queue has drained. Liveness stays UP while the
 * pool is busy and says DOWN once the wait reaches mygov.liveness.stuck-for (6 s here).
 */
@QuarkusTest
@TestProfile(WorkerPoolReadinessTest.EightWorkers.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class WorkerPoolReadinessTest {
    private static final int WORKERS = 8;
    private static final String POOL = "checks.find { it.name == 'worker-pool' }";

    public static class EightWorkers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.thread-pool.max-threads", Integer.toString(WORKERS));
        }
    }

    @TestHTTPResource("/v1/worker-probes/held")
    URI held;

    @Test
    void readinessIsDownWhileEveryWorkerIsBusyLivenessOnlyOnceStuckAndBothUpWhenTheyDrain() {
        readiness().statusCode(200).body(POOL + ".status", equalTo("UP"));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> requests = new ArrayList<>();
        WorkerProbeResource.holdWorkers();
        try {
            for (int i = 0; i < WORKERS + 4; i++) {
                requests.add(client.sendAsync(HttpRequest.newBuilder(held).build(), HttpResponse.BodyHandlers.ofString()));
            }
            // A probe that waited for a worker would not answer at all: each one must come back within two seconds.
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> readiness().statusCode(503)
                    .body("status", equalTo("DOWN")).body(POOL + ".status", equalTo("DOWN"))
                    .body(POOL + ".data.waitedMillis", greaterThanOrEqualTo(2000)));
            health("/q/health/live").statusCode(200).body("status", equalTo("UP"));
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> health("/q/health/live")
                    .statusCode(503).body("status", equalTo("DOWN")).body(POOL + ".data.waitedMillis", greaterThanOrEqualTo(6000)));
        } finally {
            WorkerProbeResource.releaseWorkers();
        }
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> readiness().statusCode(200)
                .body(POOL + ".status", equalTo("UP")));
        health("/q/health/live").statusCode(200).body("status", equalTo("UP"));
        requests.forEach(request -> assertEquals(200, request.join().statusCode()));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("mygov_readiness_saturated{pool=\"worker\"} 0.0"))
                .body(containsString("mygov_worker_wait_seconds"));
    }

    private static ValidatableResponse readiness() {
        return health("/q/health/ready");
    }

    private static ValidatableResponse health(String path) {
        RestAssuredConfig twoSeconds = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 2000).setParam("http.connection.timeout", 2000));
        return given().config(twoSeconds).when().get(path).then();
    }
}
