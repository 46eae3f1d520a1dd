package my.gov.platform.exchange.exchange;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.PlatformTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static my.gov.platform.exchange.ExchangeFixtures.DEMO_CITIZEN;
import static my.gov.platform.exchange.ExchangeFixtures.admin;
import static my.gov.platform.exchange.ExchangeFixtures.approvedAgreement;
import static my.gov.platform.exchange.ExchangeFixtures.consumer;
import static my.gov.platform.exchange.ExchangeFixtures.owner;
import static my.gov.platform.exchange.ExchangeFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Volume is reserved in blocks (100 units here, so the limit below spans three reservations) and handed
 * out from memory: never past the limit, and only completed exchanges use it.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class VolumeApiTest {
    private static final int LIMIT = 250;
    private static final int THREADS = 8;
    private static final int REQUESTS_PER_THREAD = 40;

    private static int volumeUsed(String agreement) {
        return given().auth().oauth2(owner("JPN")).when().get("/v1/agreements/" + agreement).then().statusCode(200)
                .extract().path("volumeUsed");
    }

    @Test
    void concurrentRequestsNeverPassTheVolumeLimit() throws Exception {
        String agreement = approvedAgreement("KWAP", "POPULATION", "JPN", List.of("fullName"), "PENSION_ADMINISTRATION", LIMIT);
        String base = "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/exchange/queries"))
                .header("Authorization", "Bearer " + consumer("KWAP")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"product": "POPULATION", "agreementId": "%s", "purposeCode": "PENSION_ADMINISTRATION", "recordKey": "%s"}"""
                        .formatted(agreement, DEMO_CITIZEN))).build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Integer>>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                    statuses.add(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
                }
                return statuses;
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> worker : workers) {
            statuses.addAll(worker.get());
        }
        pool.shutdown();

        assertThat(statuses).hasSize(THREADS * REQUESTS_PER_THREAD).containsOnly(200, 429);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(LIMIT);
        assertThat(volumeUsed(agreement)).isEqualTo(LIMIT);
    }

    @Test
    void aProviderFailureGivesItsUnitBack() {
        register("TEST_VOLUME_REGISTRY", "{sampleRegistryBaseUrl}/sample-registries/unavailable/{key}");
        String agreement = approvedAgreement("KWAP", "TEST_VOLUME_REGISTRY", "JPN", List.of("fullName"), "PENSION_ADMINISTRATION", 1);
        Map<String, Object> body = Map.of("product", "TEST_VOLUME_REGISTRY", "agreementId", agreement,
                "purposeCode", "PENSION_ADMINISTRATION", "recordKey", DEMO_CITIZEN);

        query("KWAP", body).then().statusCode(502).body("type", endsWith("/problems/bad-gateway"));
        assertThat(volumeUsed(agreement)).isZero();

        update("TEST_VOLUME_REGISTRY", "{sampleRegistryBaseUrl}/sample-registries/population/{key}");
        query("KWAP", body).then().statusCode(200).body("data.fullName", equalTo("Ahmad bin Abdullah"));
        assertThat(volumeUsed(agreement)).isEqualTo(1);
        query("KWAP", body).then().statusCode(429).body("type", endsWith("/problems/volume-exhausted"))
                .header("Retry-After", matchesPattern("[1-9]\\d*"));
    }

    private static String product(String code, String endpoint) {
        return """
                {"code": "%s", "kind": "REGISTRY", "name": "Test registry", "nameMs": "Registri ujian",
                 "sector": "KESELAMATAN", "ownerAgency": "JPN", "legalBasis": "Test", "version": "1.0.0",
                 "classification": "OPEN", "recordKey": "mykadNumber",
                 "fields": [{"name": "mykadNumber", "type": "string", "classification": "OPEN", "consentRequired": false},
                            {"name": "fullName", "type": "string", "classification": "OPEN", "consentRequired": false}],
                 "providerEndpoint": "%s"}""".formatted(code, endpoint);
    }

    private static void register(String code, String endpoint) {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(product(code, endpoint))
                .when().post("/v1/products").then().statusCode(201);
    }

    private static void update(String code, String endpoint) {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(product(code, endpoint))
                .when().put("/v1/products/" + code).then().statusCode(200);
    }
}
