package my.gov.platform.commons.capacity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * Readiness says DOWN once every pooled connection is taken and a caller waits for one for longer
 * than mygov.readiness.saturated-for (2 s here), and UP once the connections are back.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class DatasourceReadinessTest {
    private static final String POOL = "checks.find { it.name == 'datasource-pool' }";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void readinessIsDownWhileThePoolIsExhaustedAndUpWhenConnectionsReturn() throws SQLException {
        readiness().body(POOL + ".status", equalTo("UP"));
        List<Connection> held = new ArrayList<>();
        AtomicBoolean released = new AtomicBoolean();
        try {
            int maxSize = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
            while (held.size() < maxSize) {
                held.add(dataSource.getConnection());
            }
            CompletableFuture.runAsync(() -> waitForConnectionsUntil(released));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> readiness().statusCode(503)
                    .body(POOL + ".status", equalTo("DOWN")).body(POOL + ".data.awaiting", greaterThanOrEqualTo(1)));
            given().when().get("/q/metrics").then().statusCode(200)
                    .body(containsString("mygov_readiness_saturated{pool=\"datasource\"} 1.0"))
                    .body(containsString("agroal_awaiting_count"));
        } finally {
            released.set(true);
            for (Connection connection : held) {
                connection.close();
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> readiness().body(POOL + ".status", equalTo("UP")));
    }

    /** A caller that keeps asking for a connection, as requests would, each ask ending at the acquisition timeout. */
    private void waitForConnectionsUntil(AtomicBoolean released) {
        while (!released.get()) {
            try (Connection ignored = dataSource.getConnection()) {
                // got one only because the test let go
            } catch (SQLException timedOut) {
                // ask again
            }
        }
    }

    private static ValidatableResponse readiness() {
        return given().when().get("/q/health/ready").then();
    }
}
