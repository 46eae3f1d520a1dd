package my.gov.platform.exchange.exchange;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static my.gov.platform.exchange.ExchangeFixtures.DEMO_CITIZEN;
import static my.gov.platform.exchange.ExchangeFixtures.PROBLEM_JSON;
import static my.gov.platform.exchange.ExchangeFixtures.admin;
import static my.gov.platform.exchange.ExchangeFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Provider endpoints cannot point the broker at internal systems, and consumers cannot tell a
 * closed port from a filtered or silent one. The test allow-list admits this service's own port
 * (the sample registries) and 127.0.0.2, where the fixtures listen.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ProviderTargetTest {
    private static final AtomicInteger CODES = new AtomicInteger((int) (Math.random() * 1_000_000));

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:{other}/r/{key}", "http://localhost:{other}/r/{key}", "http://10.0.0.1/r/{key}",
            "http://169.254.169.254/latest/{key}", "http://[::1]:{port}/r/{key}", "http://[::ffff:169.254.169.254]/{key}",
            "http://172.16.0.1/r/{key}"})
    void anEndpointOnAnInternalOrUnlistedTargetIsRefusedAtRegistration(String template) {
        String endpoint = template.replace("{port}", Integer.toString(RestAssured.port))
                .replace("{other}", Integer.toString(RestAssured.port + 1));
        register(endpoint).statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("providerEndpoint"));
    }

    @Test
    void aClosedPortAndAnOpenSilentPortAnswerTheConsumerInTheSameWords() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.2"))) {
            closedPort = probe.getLocalPort();
        }
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.2"))) {
            String closed = refusal("http://127.0.0.2:" + closedPort + "/r/{key}");
            String open = refusal("http://127.0.0.2:" + silent.getLocalPort() + "/r/{key}");
            assertThat(closed).isEqualTo(open).contains("could not be reached");
        }
    }

    @Test
    void aRedirectIsNotFollowedAndAnOversizedAnswerIsNotTaken() throws IOException {
        AtomicInteger followed = new AtomicInteger();
        HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        provider.createContext("/moving", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.2:" + provider.getAddress().getPort() + "/record");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        provider.createContext("/record", exchange -> {
            followed.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        provider.createContext("/huge", exchange -> {
            byte[] body = ("{\"data\": {\"fullName\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
        try {
            String base = "http://127.0.0.2:" + provider.getAddress().getPort();
            assertThat(refusal(base + "/moving/{key}")).contains("answered HTTP 302");
            assertThat(followed).hasValue(0);
            assertThat(refusal(base + "/huge/{key}")).contains("could not be reached");
        } finally {
            provider.stop(0);
        }
    }

    /** Registers an open product at this endpoint, queries it and returns the 502's detail, the product named "P". */
    private static String refusal(String endpoint) {
        String code = register(endpoint).statusCode(201).extract().path("code");
        String detail = query("JPJ", Map.of("product", code, "purposeCode", "LICENSING", "recordKey", DEMO_CITIZEN))
                .then().statusCode(502).contentType(PROBLEM_JSON).body("type", endsWith("/problems/bad-gateway"))
                .extract().path("detail");
        return detail.replace(code, "P");
    }

    private static ValidatableResponse register(String endpoint) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body("""
                        {"code": "TEST_TARGET_%d", "kind": "REGISTRY", "name": "Test registry", "nameMs": "Registri ujian",
                         "sector": "KESELAMATAN", "ownerAgency": "JPN", "legalBasis": "Test", "version": "1.0.0",
                         "classification": "OPEN", "recordKey": "mykadNumber",
                         "fields": [{"name": "mykadNumber", "type": "string", "classification": "OPEN", "consentRequired": false},
                                    {"name": "fullName", "type": "string", "classification": "OPEN", "consentRequired": false}],
                         "providerEndpoint": "%s"}""".formatted(CODES.incrementAndGet(), endpoint))
                .when().post("/v1/products").then();
    }
}
