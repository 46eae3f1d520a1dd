package my.gov.platform.commons.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Readiness says DOWN while an event waits longer than mygov.outbox.max-lag (3 s here) for the broker,
 * and UP once it is sent. While the broker is down Quarkus's own Kafka check answers only after the
 * admin client gives up (60 s), hence the long reads.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class OutboxReadinessTest {
    private static final String OUTBOX_STATUS = "checks.find { it.name == 'outbox' }.status";

    @Inject
    Outbox outbox;

    @Test
    void readinessIsDownWhileAnEventWaitsTooLongForTheBrokerAndUpWhenItIsSent() {
        readiness().body(OUTBOX_STATUS, equalTo("UP"));
        PlatformTestResource.kafkaBroker().stop();
        try {
            QuarkusTransaction.requiringNew().run(() ->
                    outbox.publish("my.gov.probe.recorded", UUID.randomUUID(), null, Map.of("note", "written while the broker is down")));
            await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(200)).untilAsserted(() ->
                    readiness().statusCode(503).body(OUTBOX_STATUS, equalTo("DOWN")));
            given().when().get("/q/metrics").then().statusCode(200).body(containsString("mygov_outbox_lag_seconds"));
        } finally {
            PlatformTestResource.kafkaBroker().start();
        }
        await().atMost(Duration.ofSeconds(200)).untilAsserted(() -> readiness().body(OUTBOX_STATUS, equalTo("UP")));
    }

    private static ValidatableResponse readiness() {
        return given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 90_000)))
                .when().get("/q/health/ready").then();
    }
}
