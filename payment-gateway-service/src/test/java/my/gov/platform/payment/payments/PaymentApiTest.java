package my.gov.platform.payment.payments;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.payment.trustmarks.TrustmarkRegistry;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static my.gov.platform.payment.support.GatewayFixtures.activeTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.agency;
import static my.gov.platform.payment.support.GatewayFixtures.createPayment;
import static my.gov.platform.payment.support.GatewayFixtures.issueTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.merchant;
import static my.gov.platform.payment.support.GatewayFixtures.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class PaymentApiTest {
    private static final String RETURN_URL = "https://bayar.jpj.gov.my/return";

    @Inject
    TrustmarkRegistry trustmarks;
    @Inject
    EntityManager entityManager;

    private static String jpjMerchant() {
        return merchant("JPJ", activeTrustmark("JPJ", "bayar.jpj.gov.my", "127.0.0.1"), RETURN_URL, "http://127.0.0.1:9/callback").get("id");
    }

    @Test
    void aMerchantShowsItsSecretOnceAndOnlyToItsAgency() {
        String trustmark = activeTrustmark("JPJ", "bayar.jpj.gov.my", "api.jpj.gov.my");
        Map<String, String> created = merchant("JPJ", trustmark, RETURN_URL, "https://api.jpj.gov.my/cb");
        assertThat(created.get("callbackSecret")).hasSizeGreaterThan(40);
        given().auth().oauth2(agency("JPJ")).get("/v1/merchants/" + created.get("id")).then().statusCode(200)
                .body("callbackSecret", nullValue()).body("trustmarkId", equalTo(trustmark));
        given().auth().oauth2(agency("LHDN")).get("/v1/merchants/" + created.get("id")).then().statusCode(404);
        given().auth().oauth2(agency("LHDN")).post("/v1/merchants/" + created.get("id") + "/rotate-secret").then().statusCode(404);
        String rotated = given().auth().oauth2(agency("JPJ")).post("/v1/merchants/" + created.get("id") + "/rotate-secret")
                .then().statusCode(200).extract().path("callbackSecret");
        assertThat(rotated).hasSizeGreaterThan(40).isNotEqualTo(created.get("callbackSecret"));
        given().auth().oauth2(agency("LHDN")).contentType(ContentType.JSON).body("""
                        {"name": "Stolen", "trustmarkId": "%s", "returnUrls": ["%s"], "callbackUrl": "https://x.example/cb"}"""
                        .formatted(trustmark, RETURN_URL))
                .post("/v1/merchants").then().statusCode(422);
    }

    @Test
    void creatingAPaymentPublishesItsEventWithTheServiceIdAndOffersThePaymentPage() {
        String merchant = jpjMerchant();
        try (EventCapture events = EventCapture.of("payment.events")) {
            String id = createPayment("JPJ", paymentBody(merchant, 5000, "RT-1")).statusCode(201)
                    .header("Location", containsString("/v1/payments/"))
                    .body("status", equalTo("CREATED"))
                    .body("amount.value", equalTo(5000))
                    .body("amount.currency", equalTo("MYR"))
                    .body("paymentPageUrl", containsString("/pay/"))
                    .extract().path("id");
            CloudEvent event = events.awaitEvent("my.gov.payment.created", id);
            assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).contains("\"serviceId\":\"jpj-road-tax\"");
        }
    }

    @Test
    void theSameKeyAndBodyReplaysTheFirstResponseAndAnotherBodyIsRefused() {
        String merchant = jpjMerchant();
        String key = UUID.randomUUID().toString();
        Response first = given().auth().oauth2(agency("JPJ")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(paymentBody(merchant, 1200, "RT-2")).post("/v1/payments");
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        given().auth().oauth2(agency("JPJ")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(paymentBody(merchant, 1200, "RT-2").replace("\n", " ")).post("/v1/payments")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")))
                .header("Location", equalTo(first.header("Location")));
        given().auth().oauth2(agency("JPJ")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(paymentBody(merchant, 1300, "RT-2")).post("/v1/payments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/problems/idempotency-key-reused"));
        given().auth().oauth2(agency("JPJ")).contentType(ContentType.JSON)
                .body(paymentBody(merchant, 1200, "RT-2")).post("/v1/payments")
                .then().statusCode(400).body("type", endsWith("/problems/idempotency-key-required"));
    }

    @Test
    void aRetryReplaysEvenOnceTheTrustmarkRefusesAndARefusedRequestLeavesItsKeyFree() {
        String trustmark = activeTrustmark("JPJ", "bayar.jpj.gov.my", "127.0.0.1");
        String merchant = merchant("JPJ", trustmark, RETURN_URL, "http://127.0.0.1:9/callback").get("id");
        String paid = UUID.randomUUID().toString();
        String id = given().auth().oauth2(agency("JPJ")).header("Idempotency-Key", paid).contentType(ContentType.JSON)
                .body(paymentBody(merchant, 900, "RETRY-1")).post("/v1/payments").then().statusCode(201).extract().path("id");
        trustmarks.suspend(UUID.fromString(trustmark), "Audit overdue");

        given().auth().oauth2(agency("JPJ")).header("Idempotency-Key", paid).contentType(ContentType.JSON)
                .body(paymentBody(merchant, 900, "RETRY-1")).post("/v1/payments")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        given().auth().oauth2(agency("JPJ")).header("Idempotency-Key", paid).contentType(ContentType.JSON)
                .body(paymentBody(merchant, 901, "RETRY-1")).post("/v1/payments")
                .then().statusCode(422).body("type", endsWith("/problems/idempotency-key-reused"));
        String refused = UUID.randomUUID().toString();
        given().auth().oauth2(agency("JPJ")).header("Idempotency-Key", refused).contentType(ContentType.JSON)
                .body(paymentBody(merchant, 900, "RETRY-2")).post("/v1/payments")
                .then().statusCode(403).body("type", endsWith("/problems/trustmark-suspended"));

        trustmarks.reinstate(UUID.fromString(trustmark));
        given().auth().oauth2(agency("JPJ")).header("Idempotency-Key", refused).contentType(ContentType.JSON)
                .body(paymentBody(merchant, 900, "RETRY-2")).post("/v1/payments")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue());
        given().auth().oauth2(agency("JPJ")).queryParam("billReference", "RETRY-1").queryParam("merchantId", merchant)
                .get("/v1/payments").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void fiftyConcurrentCreationsWithOneKeyMakeExactlyOnePayment() throws Exception {
        String merchant = jpjMerchant();
        String key = UUID.randomUUID().toString();
        String bill = "RT-CONC-" + key;
        String token = agency("JPJ");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<Response>> calls = IntStream.range(0, 50).<Callable<Response>>mapToObj(i -> () ->
                    given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                            .body(paymentBody(merchant, 777, bill)).post("/v1/payments")).toList();
            List<Response> responses = pool.invokeAll(calls).stream().map(PaymentApiTest::join).toList();
            assertThat(responses).extracting(Response::statusCode).containsOnly(201);
            Set<String> ids = responses.stream().map(r -> r.<String>path("id")).collect(Collectors.toSet());
            assertThat(ids).hasSize(1);
            assertThat(responses.stream().filter(r -> r.header("Idempotent-Replayed") == null).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(token).queryParam("billReference", bill).get("/v1/payments")
                .then().statusCode(200).body("items", hasSize(1));
        // The 49 losers rolled their payments back, events included: only the winner's event exists.
        Number events = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE event_type = 'my.gov.payment.created' AND payload LIKE ?1")
                .setParameter(1, "%" + bill + "%").getSingleResult());
        assertThat(events.intValue()).isEqualTo(1);
    }

    @Test
    void aMerchantSendsPayersAndResultsOnlyToHostsItsTrustmarkCovers() {
        String trustmark = activeTrustmark("JPJ", "bayar.jpj.gov.my", "api.jpj.gov.my");
        given().auth().oauth2(agency("JPJ")).contentType(ContentType.JSON).body("""
                        {"name": "Elsewhere", "trustmarkId": "%s", "returnUrls": ["%s", "https://phish.example.com/return"],
                         "callbackUrl": "https://collector.example.net/cb"}""".formatted(trustmark, RETURN_URL))
                .post("/v1/merchants").then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/problems/merchant-url-not-covered"))
                .body("violations.field", equalTo(List.of("returnUrls[1]", "callbackUrl")))
                .body("violations[0].message", containsString("phish.example.com"))
                .body("hosts", equalTo(List.of("bayar.jpj.gov.my", "api.jpj.gov.my")));
        given().auth().oauth2(agency("JPJ")).contentType(ContentType.JSON).body("""
                        {"name": "Mixed case", "trustmarkId": "%s", "returnUrls": ["https://BAYAR.jpj.gov.my/r"],
                         "callbackUrl": "https://api.jpj.gov.my/cb"}""".formatted(trustmark))
                .post("/v1/merchants").then().statusCode(201);
    }

    @Test
    void paymentsAreRefusedWhenTheTrustmarkCannotTakeThem() {
        String suspended = activeTrustmark("JPJ", "bayar.jpj.gov.my", "api.jpj.gov.my");
        String merchantOfSuspended = merchant("JPJ", suspended, RETURN_URL, "https://api.jpj.gov.my/cb").get("id");
        createPayment("JPJ", paymentBody(merchantOfSuspended, 100, "OK-BEFORE")).statusCode(201);
        trustmarks.suspend(UUID.fromString(suspended), "Audit overdue");
        createPayment("JPJ", paymentBody(merchantOfSuspended, 100, "S")).statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/trustmark-suspended")).body("reason", equalTo("TRUSTMARK_SUSPENDED"));

        String revoked = activeTrustmark("JPJ", "bayar.jpj.gov.my", "api.jpj.gov.my");
        String merchantOfRevoked = merchant("JPJ", revoked, RETURN_URL, "https://api.jpj.gov.my/cb").get("id");
        trustmarks.revoke(UUID.fromString(revoked), "Fraud");
        createPayment("JPJ", paymentBody(merchantOfRevoked, 100, "R")).statusCode(403)
                .body("type", endsWith("/problems/trustmark-revoked"));

        String lapsed = issueTrustmark("JPJ", List.of("bayar.jpj.gov.my", "api.jpj.gov.my"), LocalDate.now().minusYears(2),
                LocalDate.now().minusDays(2));
        String merchantOfLapsed = merchant("JPJ", lapsed, RETURN_URL, "https://api.jpj.gov.my/cb").get("id");
        createPayment("JPJ", paymentBody(merchantOfLapsed, 100, "E")).statusCode(403)
                .body("type", endsWith("/problems/trustmark-expired"));
        trustmarks.applyExpiry(LocalDate.now());
        createPayment("JPJ", paymentBody(merchantOfLapsed, 100, "E2")).statusCode(403)
                .body("type", endsWith("/problems/trustmark-expired"));

        createPayment("JPJ", paymentBody(merchantOfRevoked, 100, "R").replace("\"serviceId\"",
                "\"returnUrl\": \"https://other.jpj.gov.my/x\", \"serviceId\"")).statusCode(422)
                .body("type", endsWith("/problems/return-url-not-registered"));
    }

    @Test
    void listingIsScopedToTheAgencyFilteredAndPaged() {
        String merchant = jpjMerchant();
        String bill = "LIST-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            createPayment("JPJ", paymentBody(merchant, 100 + i, bill)).statusCode(201);
        }
        String cursor = given().auth().oauth2(agency("JPJ")).queryParam("billReference", bill).queryParam("limit", 2)
                .queryParam("status", "CREATED").get("/v1/payments").then().statusCode(200)
                .body("items", hasSize(2)).body("items.agency", everyItem(equalTo("JPJ")))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().auth().oauth2(agency("JPJ")).queryParam("billReference", bill).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/v1/payments").then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue());
        given().auth().oauth2(agency("LHDN")).queryParam("billReference", bill).get("/v1/payments")
                .then().statusCode(200).body("items", hasSize(0));
        String id = createPayment("JPJ", paymentBody(merchant, 100, bill)).extract().path("id");
        given().auth().oauth2(agency("LHDN")).get("/v1/payments/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.agency("JPJ").scopes("exchange.query").token()).get("/v1/payments/" + id)
                .then().statusCode(403);
    }

    @Test
    void anAgencyCannotNameTheCitizenWhoPays() {
        String merchant = jpjMerchant();
        createPayment("JPJ", paymentBody(merchant, 900, "NAMED").replace("\"serviceId\"",
                "\"payer\": {\"subject\": \"%s\", \"name\": \"Aminah\"}, \"serviceId\"".formatted(UUID.randomUUID())))
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("payer.subject"));
        createPayment("JPJ", paymentBody(merchant, 900, "CONTACT").replace("\"serviceId\"",
                "\"payer\": {\"name\": \"Aminah\", \"email\": \"aminah@example.com\"}, \"serviceId\""))
                .statusCode(201).body("payerSubject", nullValue());
    }

    @Test
    void aPaymentIsACitizensOnlyWhenTheyPayItSignedInAndAgenciesCanCancel() {
        String merchant = jpjMerchant();
        String subject = UUID.randomUUID().toString();
        String citizen = TestTokens.person(subject, "citizen").mykadNumber("850101-14-5011").token();
        String mine = createPayment("JPJ", paymentBody(merchant, 900, "ME-1")).statusCode(201).extract().path("id");
        String paidAnonymously = createPayment("JPJ", paymentBody(merchant, 900, "ME-2")).statusCode(201).extract().path("id");
        String unpaid = createPayment("JPJ", paymentBody(merchant, 900, "ME-3")).statusCode(201).extract().path("id");
        given().auth().oauth2(citizen).redirects().follow(false).formParam("method", "CARD")
                .post("/pay/" + mine + "/method").then().statusCode(303);
        given().redirects().follow(false).formParam("method", "CARD").post("/pay/" + paidAnonymously + "/method").then().statusCode(303);

        given().auth().oauth2(citizen).get("/v1/me/payments")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(mine));
        given().auth().oauth2(agency("JPJ")).get("/v1/payments/" + mine).then().body("payerSubject", equalTo(subject));
        given().auth().oauth2(TestTokens.person(subject, "citizen").token()).get("/v1/me/payments").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("mykad_number"));
        given().auth().oauth2(TestTokens.person(subject, "agency-admin").mykadNumber("850101-14-5011").token())
                .get("/v1/me/payments").then().statusCode(403);

        try (EventCapture events = EventCapture.of("payment.events")) {
            given().auth().oauth2(agency("JPJ")).post("/v1/payments/" + unpaid + "/cancel").then().statusCode(200)
                    .body("status", equalTo("CANCELLED"));
            events.awaitEvent("my.gov.payment.cancelled", unpaid);
        }
        given().auth().oauth2(agency("JPJ")).post("/v1/payments/" + unpaid + "/cancel").then().statusCode(409)
                .body("type", endsWith("/problems/illegal-payment-transition"));
    }

    @Test
    void theApiContractListsTheGatewayOperationsAndProblemTypes() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/v1/payments/{paymentId}/refunds"))
                .body(containsString("/v1/trustmark-certificates/{certificateNumber}/badge.svg"))
                .body(containsString("/v1/me/payments"));
        given().get("/problems/trustmark-revoked").then().statusCode(200).body("status", equalTo(403));
        given().get("/problems/return-host-not-covered").then().statusCode(200).body("status", equalTo(422));
        given().get("/v1/event-schemas").then().statusCode(200)
                .body("events.type", org.hamcrest.Matchers.hasItems("my.gov.payment.succeeded", "my.gov.trustmark.expiring"));
    }

    private static Response join(Future<Response> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
