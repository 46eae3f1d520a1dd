package my.gov.platform.catalogue.onceonly;

import my.gov.platform.testing.MutableClock;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The once-only check against a fake data-exchange product list served over HTTP. */
class ProductCatalogClientTest {
    private static final String PRODUCTS = """
            {"items": [
              {"code": "jpn-population", "name": "Population registry (JPN)",
               "fields": [{"name": "mykadNumber"}, {"name": "fullName"}, {"name": "dateOfBirth"}, {"name": "address"}]},
              {"code": "jpj-vehicles", "name": "Vehicle registry (JPJ)",
               "fields": [{"name": "registrationNumber"}, {"name": "roadTaxExpiry"}]}]}""";

    private final AtomicReference<String> body = new AtomicReference<>(PRODUCTS);
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger requests = new AtomicInteger();
    private final java.util.concurrent.CountDownLatch answerAfterTheTest = new java.util.concurrent.CountDownLatch(1);
    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/products", exchange -> {
            requests.incrementAndGet();
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        answerAfterTheTest.countDown();
        server.stop(0);
    }

    @Test
    void aStepAskingForRegistryDataBreaksTheOnceOnlyPrincipleAndNamesTheProduct() {
        List<RegistryProduct> products = client(Duration.ZERO, Clock.systemUTC()).products();
        List<List<String>> askedPerStep = List.of(List.of("FullName", "phoneNumber"), List.of(), List.of("registrationNumber"));

        assertThat(OnceOnlyCheck.breaches(askedPerStep, products)).containsExactly(
                new OnceOnlyBreach(1, "FullName", "jpn-population", "Population registry (JPN)"),
                new OnceOnlyBreach(3, "registrationNumber", "jpj-vehicles", "Vehicle registry (JPJ)"));
    }

    @Test
    void whenTheExchangeFailsTheLastKnownListIsUsed() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T00:00:00Z"));
        ProductCatalogClient client = client(Duration.ofSeconds(60), clock);
        assertThat(client.products()).hasSize(2);

        status.set(503);
        clock.advance(Duration.ofMinutes(2));
        assertThat(client.products()).extracting(RegistryProduct::code).containsExactly("jpn-population", "jpj-vehicles");
        assertThat(requests).hasValue(2);
    }

    @Test
    void aFreshListIsReusedWithoutAskingAgain() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T00:00:00Z"));
        ProductCatalogClient client = client(Duration.ofSeconds(60), clock);
        client.products();
        clock.advance(Duration.ofSeconds(30));
        client.products();
        assertThat(requests).hasValue(1);
    }

    @Test
    void everyPageOfTheProductListIsRead() {
        server.removeContext("/v1/products");
        server.createContext("/v1/products", exchange -> {
            boolean second = String.valueOf(exchange.getRequestURI().getQuery()).contains("cursor=page-2");
            byte[] bytes = (second
                    ? "{\"items\": [{\"code\": \"ssm-companies\", \"name\": \"SSM\", \"fields\": [{\"name\": \"companyName\"}]}]}"
                    : "{\"items\": [{\"code\": \"jpn-population\", \"name\": \"JPN\", \"fields\": [\"fullName\"]}], \"nextCursor\": \"page-2\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        assertThat(client(Duration.ZERO, Clock.systemUTC()).products())
                .containsExactly(new RegistryProduct("jpn-population", "JPN", List.of("fullName")),
                        new RegistryProduct("ssm-companies", "SSM", List.of("companyName")));
    }

    @Test
    void aSlowExchangeTimesOutAndNothingIsKnownYet() {
        server.removeContext("/v1/products");
        server.createContext("/v1/products", exchange -> {
            try {
                // hold the answer until the test is over: the client must give up on its own
                answerAfterTheTest.await(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        long started = System.nanoTime();
        assertThat(new ProductCatalogClient(url(), Duration.ofMillis(300), Duration.ZERO, Clock.systemUTC()).products()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
    }

    private ProductCatalogClient client(Duration freshFor, Clock clock) {
        return new ProductCatalogClient(url(), Duration.ofSeconds(2), freshFor, clock);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

}
