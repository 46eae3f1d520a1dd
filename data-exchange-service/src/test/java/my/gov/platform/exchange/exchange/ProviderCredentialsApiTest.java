package my.gov.platform.exchange.exchange;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestIssuer;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static my.gov.platform.exchange.ExchangeFixtures.DEMO_CITIZEN;
import static my.gov.platform.exchange.ExchangeFixtures.PROBLEM_JSON;
import static my.gov.platform.exchange.ExchangeFixtures.admin;
import static my.gov.platform.exchange.ExchangeFixtures.brokerTokenFor;
import static my.gov.platform.exchange.ExchangeFixtures.consumer;
import static my.gov.platform.exchange.ExchangeFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** The broker authenticates to providers with a token limited to the provider's agency, and nothing else passes. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ProviderCredentialsApiTest {
    private static final String POPULATION_RECORD = "/sample-registries/population/" + DEMO_CITIZEN;

    @Inject
    ProviderTokens tokens;

    @Test
    void aRegistryAnswersTheBrokersTokenForItsOwnAgency() {
        given().auth().oauth2(brokerTokenFor("JPN")).when().get(POPULATION_RECORD).then().statusCode(200)
                .body("data.mykadNumber", equalTo(DEMO_CITIZEN));
    }

    @Test
    void aRegistryRefusesCallersWithoutTheBrokersToken() {
        given().when().get(POPULATION_RECORD).then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().oauth2(consumer("KWAP")).when().get(POPULATION_RECORD).then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.agency("KWAP").scopes("registry.read").token())
                .when().get(POPULATION_RECORD).then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void aTokenForOneAgencysRegistryIsRefusedAtAnothers() {
        given().auth().oauth2(brokerTokenFor("JPJ")).when().get(POPULATION_RECORD).then().statusCode(403)
                .contentType(PROBLEM_JSON).body("detail", containsString("another agency"));
        given().auth().oauth2(TestTokens.client("data-exchange-broker").audience("urn:mygov:agency:JPN").token())
                .when().get(POPULATION_RECORD).then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void theBrokerReusesItsTokenForAnAgencyUntilItNearsExpiry() {
        Map<String, Object> companyQuery = Map.of("product", "COMPANY", "purposeCode", "LICENSING", "recordKey", "202001000001");
        query("JPJ", companyQuery).then().statusCode(200);
        int granted = TestIssuer.get().tokensGranted();
        for (int call = 0; call < 3; call++) {
            query("JPJ", companyQuery).then().statusCode(200);
        }
        assertThat(TestIssuer.get().tokensGranted()).isEqualTo(granted);
    }

    @Test
    void callsThatFindTheTokenDueShareOneNewGrant() throws Exception {
        String dropped = tokens.forAgency("SSM").await().atMost(Duration.ofSeconds(10));
        tokens.refused("SSM", dropped);
        int granted = TestIssuer.get().tokensGranted();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(callers.submit(() -> tokens.forAgency("SSM").await().atMost(Duration.ofSeconds(10))));
            }
            Set<String> handedOut = new HashSet<>();
            for (Future<String> call : calls) {
                handedOut.add(call.get(10, TimeUnit.SECONDS));
            }
            assertThat(handedOut).hasSize(1).doesNotContain(dropped);
            assertThat(TestIssuer.get().tokensGranted()).isEqualTo(granted + 1);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void thePlatformsApisRefuseATokenLimitedToARegistry() {
        given().auth().oauth2(TestTokens.agency("KWAP").scopes("exchange.query").audience("urn:mygov:agency:JPN").token())
                .when().get("/v1/agreements").then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void anEndpointRegisteredForOneAgencyNeverReceivesAnotherAgencysToken() {
        // JPN registers JPJ's vehicle registry as its own endpoint: the broker asks for a JPN token,
        // which the vehicle registry refuses, so nothing is read from it.
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("""
                        {"code": "TEST_MISDIRECTED_REGISTRY", "kind": "REGISTRY", "name": "Test registry", "nameMs": "Registri ujian",
                         "sector": "KESELAMATAN", "ownerAgency": "JPN", "legalBasis": "Test", "version": "1.0.0",
                         "classification": "OPEN", "recordKey": "registrationNumber",
                         "fields": [{"name": "registrationNumber", "type": "string", "classification": "OPEN", "consentRequired": false}],
                         "providerEndpoint": "{sampleRegistryBaseUrl}/sample-registries/vehicles/{key}"}""")
                .when().post("/v1/products").then().statusCode(201);

        query("JPJ", Map.of("product", "TEST_MISDIRECTED_REGISTRY", "purposeCode", "LICENSING", "recordKey", "WXY1234"))
                .then().statusCode(502).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/bad-gateway"))
                .body("detail", containsString("refused the broker's credentials"));
    }
}
