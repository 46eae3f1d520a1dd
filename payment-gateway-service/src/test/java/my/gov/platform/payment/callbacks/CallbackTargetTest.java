package my.gov.platform.payment.callbacks;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import my.gov.platform.payment.acquirers.SandboxAcquirer;
import my.gov.platform.payment.merchants.Merchant;
import my.gov.platform.payment.payments.PaymentMethod;
import my.gov.platform.payment.payments.Payments;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static my.gov.platform.payment.support.GatewayFixtures.activeTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.agency;
import static my.gov.platform.payment.support.GatewayFixtures.createPayment;
import static my.gov.platform.payment.support.GatewayFixtures.merchant;
import static my.gov.platform.payment.support.GatewayFixtures.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Callback URLs cannot point the gateway at internal systems, and the delivery log does not tell
 * an agency whether a port is closed, filtered or silent. The test allow-list admits 127.0.0.2 and
 * 127.0.0.1:9 only.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class CallbackTargetTest {
    private static final String AGENCY = "JPJ";

    @Inject
    Payments payments;
    @Inject
    SandboxAcquirer sandbox;

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:{port}/cb", "http://localhost:{port}/cb", "http://10.0.0.1/cb",
            "http://169.254.169.254/latest/meta-data/", "http://[::1]:{port}/cb", "http://[::ffff:127.0.0.1]:{port}/cb",
            "http://0.0.0.0:{port}/cb", "http://100.64.0.1/cb", "http://192.168.1.1/cb", "http://user:pw@127.0.0.2/cb",
            "ftp://127.0.0.2/cb"})
    void aCallbackToAnInternalOrUnlistedTargetIsRefusedAtRegistration(String template) {
        String url = template.replace("{port}", Integer.toString(io.restassured.RestAssured.port));
        given().auth().oauth2(agency(AGENCY)).contentType(ContentType.JSON).body("""
                        {"name": "Probe", "trustmarkId": "%s", "returnUrls": ["https://bayar.jpj.gov.my/r"], "callbackUrl": "%s"}"""
                        .formatted(activeTrustmark(AGENCY, "bayar.jpj.gov.my"), url))
                .post("/v1/merchants").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("callbackUrl"));
    }

    @Test
    void aClosedPortAndAnOpenSilentPortLeaveTheSameWordsInTheDeliveryLog() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.2"))) {
            closedPort = probe.getLocalPort();
        }
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.2"))) {
            String closed = deliveredTo("http://127.0.0.2:" + closedPort + "/cb");
            String open = deliveredTo("http://127.0.0.2:" + silent.getLocalPort() + "/cb");

            Map<String, Object> closedAttempt = firstAttempt(closed);
            Map<String, Object> openAttempt = firstAttempt(open);
            assertThat(closedAttempt.get("error")).isEqualTo("could not be reached").isEqualTo(openAttempt.get("error"));
            assertThat(closedAttempt.get("statusCode")).isNull();
            assertThat(openAttempt.get("statusCode")).isNull();
        }
    }

    @Test
    void aRedirectIsAnAnswerNotAnInvitationToFollow() throws IOException {
        AtomicInteger followed = new AtomicInteger();
        HttpServer agencySite = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        agencySite.createContext("/cb", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.2:" + agencySite.getAddress().getPort() + "/moved");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        agencySite.createContext("/moved", exchange -> {
            followed.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        agencySite.start();
        try {
            String merchant = deliveredTo("http://127.0.0.2:" + agencySite.getAddress().getPort() + "/cb");
            assertThat(firstAttempt(merchant).get("statusCode")).isEqualTo(307);
            assertThat(followed).hasValue(0);
        } finally {
            agencySite.stop(0);
        }
    }

    @Test
    void aCallbackUrlStoredBeforeThePolicyIsRefusedAtUseWithoutAConnection() throws IOException {
        AtomicInteger reached = new AtomicInteger();
        HttpServer internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        internal.createContext("/", exchange -> {
            reached.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        internal.start();
        try {
            String merchant = merchant(AGENCY, activeTrustmark(AGENCY, "bayar.jpj.gov.my", "127.0.0.1"), "https://bayar.jpj.gov.my/r",
                    "http://127.0.0.1:9/cb").get("id");
            QuarkusTransaction.requiringNew().run(() -> Merchant.<Merchant>findById(UUID.fromString(merchant)).callbackUrl =
                    "http://127.0.0.1:" + internal.getAddress().getPort() + "/internal");
            pay(merchant);
            assertThat(firstAttempt(merchant).get("error")).isEqualTo("could not be reached");
            assertThat(reached).hasValue(0);
        } finally {
            internal.stop(0);
        }
    }

    /** A merchant with this callback URL whose payment succeeded; returns once a delivery was attempted. */
    private String deliveredTo(String callbackUrl) {
        String merchant = merchant(AGENCY, activeTrustmark(AGENCY, "bayar.jpj.gov.my", "127.0.0.2"), "https://bayar.jpj.gov.my/r", callbackUrl).get("id");
        pay(merchant);
        return merchant;
    }

    private void pay(String merchant) {
        String payment = createPayment(AGENCY, paymentBody(merchant, 1000, "CB-TARGET")).statusCode(201).extract().path("id");
        String reference = payments.startAuthorization(UUID.fromString(payment), PaymentMethod.FPX_B2C, "SBX0001").reference();
        SandboxAcquirer.SignedMessage approval = sandbox.decide(reference, SandboxAcquirer.Decision.APPROVE).get(0);
        given().header(SandboxAcquirer.SIGNATURE_HEADER, approval.signature()).contentType(ContentType.JSON)
                .body(approval.body()).post("/v1/acquirer-notifications/sandbox").then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstAttempt(String merchant) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<Map<String, Object>> log = given().auth().oauth2(agency(AGENCY)).get("/v1/merchants/" + merchant + "/callback-deliveries")
                    .then().statusCode(200).extract().path("items[0].log");
            return log == null || log.isEmpty() ? null : log.get(0);
        }, attempt -> attempt != null);
    }
}
