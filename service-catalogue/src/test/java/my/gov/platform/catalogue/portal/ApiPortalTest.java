package my.gov.platform.catalogue.portal;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** An agency API registered by URL, served by a small HTTP server whose contract the test changes. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ApiPortalTest {
    private static final String V2_WITHOUT_DELETE = ContractDiffTest.BEFORE
            .replace(", \"delete\": {}", "").replace("\"version\": \"1\"", "\"version\": \"2\"");

    private final AtomicReference<String> contract = new AtomicReference<>(ContractDiffTest.BEFORE);
    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/openapi", exchange -> {
            byte[] body = contract.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aChangedContractThatRemovesAnOperationIsFlaggedAsBreaking() {
        String jpj = TestTokens.agency("JPJ").scopes("catalogue.write").token();
        String name = "jpj-things-" + System.nanoTime() % 100000;
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/openapi";

        given().auth().oauth2(jpj).contentType(ContentType.JSON).body(Map.of("name", name, "url", url))
                .when().post("/v1/apis").then().statusCode(201)
                .body("agency", equalTo("JPJ")).body("latest.apiVersion", equalTo("1")).body("latest.operations", equalTo(5));

        contract.set(V2_WITHOUT_DELETE);
        given().auth().oauth2(jpj).when().post("/v1/apis/" + name + "/refresh").then().statusCode(200)
                .body("apiVersion", equalTo("2"))
                .body("breaking", equalTo(true))
                .body("changes.kind", hasItem("OPERATION_REMOVED"))
                .body("changes.find { it.kind == 'OPERATION_REMOVED' }.path", equalTo("/v1/things/{id}"))
                .body("changes.find { it.kind == 'OPERATION_REMOVED' }.method", equalTo("DELETE"));

        // the same document again is not a new version
        given().auth().oauth2(jpj).when().post("/v1/apis/" + name + "/refresh").then().statusCode(200).body("apiVersion", equalTo("2"));
        String firstId = given().when().get("/v1/apis/" + name + "/versions").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("items[0].breaking", equalTo(true)).body("items[1].breaking", equalTo(false))
                .extract().path("items[1].id");
        given().when().get("/v1/apis/" + name + "/versions/" + firstId + "/document").then().statusCode(200)
                .body("paths.'/v1/things/{id}'.delete", equalTo(Map.of()));
    }

    @Test
    void anotherAgencyMayNotRefreshAndAnUnreadableDocumentIsABadGateway() {
        String name = "jpj-other-" + System.nanoTime() % 100000;
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/openapi";
        given().auth().oauth2(TestTokens.agency("JPJ").scopes("catalogue.write").token()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "url", url)).when().post("/v1/apis").then().statusCode(201);
        given().auth().oauth2(TestTokens.agency("JPN").scopes("catalogue.write").token())
                .when().post("/v1/apis/" + name + "/refresh").then().statusCode(403);

        contract.set("not json");
        given().auth().oauth2(TestTokens.person("admin", "platform-admin").assurance(2).token())
                .when().post("/v1/apis/" + name + "/refresh").then().statusCode(502)
                .body("detail", containsString(name));
    }

    @Test
    void theFourSuiteServicesAreListed() {
        given().queryParam("limit", 100).when().get("/v1/apis").then().statusCode(200)
                .body("items.name", hasItems("identity-service", "payment-gateway-service", "data-exchange-service", "service-catalogue"));
        given().when().get("/v1/apis/event-contracts").then().statusCode(200)
                .body("items.service", hasItems("identity-service", "payment-gateway-service", "data-exchange-service", "service-catalogue"));
    }
}
