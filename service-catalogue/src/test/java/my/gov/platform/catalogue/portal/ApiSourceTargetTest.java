package my.gov.platform.catalogue.portal;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The portal reads what agencies point it at and serves it publicly, so it must never read an
 * internal address, follow a redirect or take an unbounded document. The test allow-list admits
 * 127.0.0.1, where the tests' agency sites listen.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ApiSourceTargetTest {
    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:{port}/q/openapi", "http://[::1]:{port}/q/openapi", "http://10.0.0.1/openapi",
            "http://169.254.169.254/latest/meta-data/", "http://[::ffff:169.254.169.254]/", "http://0.0.0.0:{port}/q/openapi"})
    void anInternalOrUnlistedUrlIsRefusedAndNothingIsStored(String template) {
        String name = "probe-" + System.nanoTime() % 1_000_000;
        register(name, template.replace("{port}", Integer.toString(RestAssured.port))).statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("url"));
        given().get("/v1/apis/" + name).then().statusCode(404);
    }

    @Test
    void aRedirectIsNotFollowedAndAnOversizedDocumentIsNotRead() throws IOException {
        AtomicInteger followed = new AtomicInteger();
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + site.getAddress().getPort() + "/openapi");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        site.createContext("/openapi", exchange -> {
            followed.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        site.createContext("/huge", exchange -> {
            byte[] body = ("{\"openapi\": \"3.0.3\", \"paths\": {}, \"x\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
        try {
            String base = "http://127.0.0.1:" + site.getAddress().getPort();
            register("redirecting-" + System.nanoTime() % 1_000_000, base + "/moved").statusCode(502)
                    .body("detail", containsString("answered HTTP 302"));
            assertThat(followed).hasValue(0);
            register("huge-" + System.nanoTime() % 1_000_000, base + "/huge").statusCode(502)
                    .body("detail", containsString("more than"));
        } finally {
            site.stop(0);
        }
    }

    private static ValidatableResponse register(String name, String url) {
        return given().auth().oauth2(TestTokens.agency("JPJ").scopes("catalogue.write").token()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "url", url)).when().post("/v1/apis").then();
    }
}
