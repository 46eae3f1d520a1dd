package my.gov.platform.payment.hosted;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import my.gov.platform.payment.callbacks.CallbackSignature;
import my.gov.platform.payment.trustmarks.TrustmarkRegistry;
import my.gov.platform.testing.PlatformTestResource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static my.gov.platform.payment.support.GatewayFixtures.activeTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.agency;
import static my.gov.platform.payment.support.GatewayFixtures.createPayment;
import static my.gov.platform.payment.support.GatewayFixtures.merchant;
import static my.gov.platform.payment.support.GatewayFixtures.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The payer's journey over plain HTTP, as a browser without JavaScript would make it, and the agency's callbacks. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class HostedPageFlowTest {
    private record Received(String signature, String body) {
    }

    @Inject
    TrustmarkRegistry trustmarks;

    private HttpServer agencyServer;
    private final List<Received> callbacks = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void startAgencyServer() throws IOException {
        agencyServer = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        agencyServer.createContext("/callback", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            callbacks.add(new Received(exchange.getRequestHeaders().getFirst(CallbackSignature.HEADER), body));
            exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 204, -1);
            exchange.close();
        });
        agencyServer.start();
    }

    @AfterEach
    void stopAgencyServer() {
        agencyServer.stop(0);
    }

    private String callbackUrl() {
        return "http://127.0.0.2:" + agencyServer.getAddress().getPort() + "/callback";
    }

    @Test
    void aPayerPaysByFpxComesBackWithASignedResultAndTheAgencyGetsASignedCallback() throws IOException {
        failuresLeft.set(1);
        Map<String, String> merchant = merchant("JPJ", activeTrustmark("JPJ", "bayar.jpj.gov.my", "127.0.0.2"),
                "https://bayar.jpj.gov.my/return", callbackUrl());
        String id = createPayment("JPJ", paymentBody(merchant.get("id"), 5050, "HOSTED-1")).statusCode(201).extract().path("id");

        given().queryParam("lang", "en").get("/pay/" + id).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Language", "en")
                .cookie("lang", "en")
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("RM 50.50"))
                .body(containsString("Skip to main content"))
                .body(containsString("Sandbox Bank Alpha"))
                .body(containsString("value=\"SBX0004\" disabled"))
                .body(containsString("Bahasa Melayu"));
        given().header("Accept-Language", "ms-MY,ms;q=0.9").get("/pay/" + id).then().statusCode(200)
                .body(containsString("<html lang=\"ms\">")).body(containsString("Pilih kaedah bayaran"));

        given().redirects().follow(false).formParam("method", "FPX_B2C").formParam("bank", "SBX0004")
                .post("/pay/" + id + "/method").then().statusCode(422).body(containsString("offline"));
        Response toBank = given().redirects().follow(false).formParam("method", "FPX_B2C").formParam("bank", "SBX0001")
                .post("/pay/" + id + "/method");
        toBank.then().statusCode(303);
        String bankPage = URI.create(toBank.header("Location")).getPath();
        assertThat(bankPage).startsWith("/sandbox-acquirer/SBX-");

        given().get(bankPage).then().statusCode(200).body(containsString("SANDBOX")).body(containsString("RM 50.50"));
        Response back = given().redirects().follow(false).formParam("decision", "APPROVE").post(bankPage);
        back.then().statusCode(303);
        assertThat(URI.create(back.header("Location")).getPath()).isEqualTo("/pay/" + id + "/return");

        Response toAgency = given().redirects().follow(false).get("/pay/" + id + "/return");
        toAgency.then().statusCode(303).header("Location", startsWith("https://bayar.jpj.gov.my/return?"));
        Map<String, String> result = query(URI.create(toAgency.header("Location")));
        assertThat(result).containsEntry("paymentId", id).containsEntry("status", "SUCCEEDED").containsEntry("billReference", "HOSTED-1");
        assertThat(result.get("signature")).isEqualTo(ReturnSignature.sign(merchant.get("callbackSecret"), id, "SUCCEEDED",
                "HOSTED-1", Long.parseLong(result.get("t"))));

        String receiptNumber = given().auth().oauth2(agency("JPJ")).get("/v1/payments/" + id).then()
                .body("status", equalTo("SUCCEEDED")).extract().path("receiptNumber");
        given().queryParam("lang", "ms").get("/pay/" + id + "/receipt").then().statusCode(200)
                .body(containsString(receiptNumber)).body(containsString("Resit rasmi")).body(containsString("RM 50.50"));
        byte[] pdf = given().get("/pay/" + id + "/receipt.pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(receiptNumber).contains("RM 50.50");
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> callbacks.size() >= 2);
        Received delivered = callbacks.get(1);
        assertThat(CallbackSignature.verify(merchant.get("callbackSecret"), delivered.signature(), delivered.body(), Instant.now())).isTrue();
        assertThat(CallbackSignature.verify(merchant.get("callbackSecret"), delivered.signature(), delivered.body().replace("5050", "1"), Instant.now())).isFalse();
        assertThat(delivered.body()).contains("\"type\":\"payment.succeeded\"").contains(id).contains(receiptNumber);

        String deliveryId = await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(agency("JPJ"))
                .get("/v1/merchants/" + merchant.get("id") + "/callback-deliveries").then().statusCode(200)
                .extract().path("items.find { it.state == 'DELIVERED' }.id"), java.util.Objects::nonNull);
        given().auth().oauth2(agency("JPJ")).get("/v1/merchants/" + merchant.get("id") + "/callback-deliveries").then()
                .body("items[0].attempts", equalTo(2)).body("items[0].log", hasSize(2))
                .body("items[0].log[0].statusCode", equalTo(500)).body("items[0].log[1].statusCode", equalTo(204));
        given().auth().oauth2(agency("LHDN")).post("/v1/callback-deliveries/" + deliveryId + "/redeliver").then().statusCode(404);
        given().auth().oauth2(agency("JPJ")).post("/v1/callback-deliveries/" + deliveryId + "/redeliver").then().statusCode(200)
                .body("state", equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(30)).until(() -> callbacks.size() >= 3);
    }

    @Test
    void aTrustmarkSuspendedWhileThePayerIsAtTheBankStopsTheReturnAndAReceiptNeedsASuccess() {
        Map<String, String> merchant = merchant("JPJ", activeTrustmark("JPJ", "bayar.jpj.gov.my", "127.0.0.2"),
                "https://bayar.jpj.gov.my/return", callbackUrl());
        String id = createPayment("JPJ", paymentBody(merchant.get("id"), 700, "HOSTED-2")).statusCode(201).extract().path("id");
        String trustmarkId = given().auth().oauth2(agency("JPJ")).get("/v1/merchants/" + merchant.get("id")).then().extract().path("trustmarkId");
        Response toBank = given().redirects().follow(false).formParam("method", "CARD").post("/pay/" + id + "/method");
        toBank.then().statusCode(303);
        given().redirects().follow(false).formParam("decision", "DECLINE").post(URI.create(toBank.header("Location")).getPath())
                .then().statusCode(303);
        given().get("/pay/" + id + "/receipt").then().statusCode(404).body(containsString("Resit tidak tersedia"));
        given().get("/pay/" + id + "/receipt.pdf").then().statusCode(404).contentType("application/problem+json");

        trustmarks.suspend(UUID.fromString(trustmarkId), "Site compromised");
        given().redirects().follow(false).header("Accept-Language", "en").get("/pay/" + id + "/return").then().statusCode(403)
                .header("Location", org.hamcrest.Matchers.nullValue())
                .body(containsString("no longer valid")).body(containsString("FAILED"))
                .body(not(containsString("bayar.jpj.gov.my/return?")));
    }

    private static Map<String, String> query(URI uri) {
        return java.util.Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
