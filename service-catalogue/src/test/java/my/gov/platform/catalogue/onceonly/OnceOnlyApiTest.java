package my.gov.platform.catalogue.onceonly;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import my.gov.platform.catalogue.services.ServiceBodies;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** GET /v1/services/{id} flags steps asking for registry data, against a fake data-exchange product list. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class OnceOnlyApiTest {
    private static final String PRODUCTS = """
            [{"code": "ssm-companies", "name": "Company registry (SSM)",
              "fields": [{"name": "companyRegistrationNumber"}, {"name": "companyName"}, {"name": "directors"}]}]""";

    @Test
    void aServiceAskingForRegistryDataNamesTheProductThatHoldsIt() throws Exception {
        Map<String, Object> body = ServiceBodies.service(ServiceBodies.uniqueCode("SSM-ONCE"), "O");
        body.put("steps", List.of(Map.of("process", "REGISTER", "channel", "WEB", "mode", "ONLINE",
                "asksFor", List.of("companyName", "phoneNumber"))));
        String id = given().auth().oauth2(TestTokens.agency("SSM").scopes("catalogue.write").token())
                .contentType("application/json").body(body).when().post("/v1/services").then().statusCode(201).extract().path("id");

        HttpServer exchange = HttpServer.create(new InetSocketAddress("127.0.0.1", 18583), 0);
        exchange.createContext("/v1/products", http -> {
            byte[] bytes = PRODUCTS.getBytes(StandardCharsets.UTF_8);
            http.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = http.getResponseBody()) {
                out.write(bytes);
            }
        });
        exchange.start();
        try {
            given().when().get("/v1/services/" + id).then().statusCode(200)
                    .body("onceOnlyBreaches", hasSize(1))
                    .body("onceOnlyBreaches[0].step", equalTo(1))
                    .body("onceOnlyBreaches[0].dataItem", equalTo("companyName"))
                    .body("onceOnlyBreaches[0].product", equalTo("ssm-companies"));
        } finally {
            exchange.stop(0);
        }
        // the exchange is gone: the last known product list still answers
        given().when().get("/v1/services/" + id).then().statusCode(200)
                .body("onceOnlyBreaches[0].productName", equalTo("Company registry (SSM)"));
    }
}
