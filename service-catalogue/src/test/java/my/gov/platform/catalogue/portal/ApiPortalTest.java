package my.gov.platform.catalogue.portal;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
    private final AtomicInteger elsewhereReads = new AtomicInteger();
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
        server.createContext("/elsewhere", exchange -> {
            elsewhereReads.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
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

    static Stream<Arguments> breakingSchemaChanges() {
        return Stream.of(
                Arguments.of("a property removed from a response", ContractDiffTest.THINGS.replace("\"name\": {\"type\": \"string\"}, \"count\"", "\"count\""),
                        "PROPERTY_REMOVED", "Operation POST /v1/things: response 201 no longer has name"),
                Arguments.of("a request property made required", ContractDiffTest.THINGS.replace("\"required\": [\"name\"]", "\"required\": [\"name\", \"note\"]"),
                        "REQUIRED_PROPERTIES_CHANGED", "Operation POST /v1/things: the request body now requires note"),
                Arguments.of("an enum value removed from a request", ContractDiffTest.THINGS.replace("[\"RED\", \"GREEN\"]", "[\"RED\"]"),
                        "ENUM_CHANGED", "Operation POST /v1/things: property colour of the request body no longer allows GREEN"),
                Arguments.of("a property whose type changed", ContractDiffTest.THINGS.replace("\"count\": {\"type\": \"integer\"}", "\"count\": {\"type\": \"string\"}"),
                        "TYPE_CHANGED", "Operation POST /v1/things: property count of response 201 changed type from integer to string"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingSchemaChanges")
    void aSchemaChangeThatBreaksClientsIsFlaggedBreaking(String change, String next, String kind, String description) {
        String found = "changes.find { it.kind == '" + kind + "' }";
        changesAfter(next).body("breaking", equalTo(true))
                .body(found + ".breaking", equalTo(true))
                .body(found + ".description", equalTo(description));
    }

    @Test
    void anAddedOptionalRequestPropertyIsNotBreaking() {
        changesAfter(ContractDiffTest.THINGS.replace("\"note\": {\"type\": \"string\"}", "\"note\": {\"type\": \"string\"}, \"size\": {\"type\": \"integer\"}"))
                .body("breaking", equalTo(false))
                .body("changes.kind", equalTo(List.of("PROPERTY_ADDED")))
                .body("changes[0].breaking", equalTo(false))
                .body("changes[0].description", equalTo("Operation POST /v1/things: the request body now has size"));
    }

    @Test
    void aReferenceOutOfTheDocumentIsNeverFollowed() {
        String port = String.valueOf(server.getAddress().getPort());
        contract.set(ContractDiffTest.THINGS);
        String name = register();
        contract.set(ContractDiffTest.THINGS.replace("#/components/schemas/Thing", "http://127.0.0.1:" + port + "/elsewhere#/Thing"));

        given().auth().oauth2(TestTokens.agency("JPJ").scopes("catalogue.write").token())
                .when().post("/v1/apis/" + name + "/refresh").then().statusCode(502)
                .body("detail", containsString("cannot be compared"));
        assertThat(elsewhereReads.get()).isZero();
    }

    /** Registers the contract as it stands, then serves {@code next} and answers the refresh that reads it. */
    private ValidatableResponse changesAfter(String next) {
        contract.set(ContractDiffTest.THINGS);
        String name = register();
        contract.set(next.replace("\"version\": \"1\"", "\"version\": \"2\""));
        return given().auth().oauth2(TestTokens.agency("JPJ").scopes("catalogue.write").token())
                .when().post("/v1/apis/" + name + "/refresh").then().statusCode(200).body("apiVersion", equalTo("2"));
    }

    private String register() {
        String name = "jpj-schema-" + System.nanoTime() % 1000000;
        given().auth().oauth2(TestTokens.agency("JPJ").scopes("catalogue.write").token()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "url", "http://127.0.0.1:" + server.getAddress().getPort() + "/openapi"))
                .when().post("/v1/apis").then().statusCode(201);
        return name;
    }
}
