package my.gov.platform.exchange.exchange;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static my.gov.platform.exchange.ExchangeFixtures.PROBLEM_JSON;
import static my.gov.platform.exchange.ExchangeFixtures.query;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** When identity-service grants the broker no token, no provider is called and the consumer gets a 502, never data. */
@QuarkusTest
@TestProfile(ProviderCredentialsRefusedApiTest.WrongBrokerSecret.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ProviderCredentialsRefusedApiTest {
    public static class WrongBrokerSecret implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc-client.credentials.secret", "not-the-broker-secret");
        }
    }

    @Test
    void noTokenForTheProviderIsA502WithoutData() {
        query("JPJ", Map.of("product", "COMPANY", "purposeCode", "LICENSING", "recordKey", "202001000001"))
                .then().statusCode(502).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/bad-gateway"))
                .body("detail", containsString("could not obtain its credentials"))
                .body("queryId", notNullValue())
                .body("data", nullValue());
    }
}
