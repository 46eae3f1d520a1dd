package my.gov.platform.exchange.datasource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static my.gov.platform.exchange.ExchangeFixtures.query;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The audit log's reactive pool follows the server the JDBC datasource reaches, as after a standby is
 * promoted: here its own configured address is a port where nothing listens, as a stopped primary's
 * would be, and exchanges (whose audit entries go through that pool) still succeed.
 */
@QuarkusTest
@TestProfile(PrimaryFollowingPoolTest.StoppedPrimaryAddress.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class PrimaryFollowingPoolTest {
    public static class StoppedPrimaryAddress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:1/exchange");
        }
    }

    @Test
    void anExchangeIsAuditedThroughTheServerTheJdbcDatasourceReaches() {
        query("FOLLOWPRIMARY", Map.of("product", "COMPANY", "purposeCode", "LICENSING", "recordKey", "202001000001"))
                .then().statusCode(200).body("data.companyName", notNullValue());
    }
}
