package my.gov.platform.infra.drills;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * What the drills' demo agency does through the load balancer, one method per operation, each
 * recorded in the {@link Tally}: a client-credentials token, a payment created with an
 * Idempotency-Key (retried with the same key, as an agency would), paid through the SANDBOX
 * acquirer's pages, and an exchange query under the demo agreement.
 */
final class SuiteClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int CREATE_ATTEMPTS = 3;
    private static final String EXCHANGE_QUERY = """
            {"product":"POPULATION","agreementId":"0195d000-0000-7000-8000-000000000001","purposeCode":"LICENSING",\
            "recordKey":"850101-14-5011","fields":["fullName"]}""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicReference<String> token = new AtomicReference<>();
    private final String host;
    private final Tally tally;
    private String merchantId;

    SuiteClient(String host, Tally tally) {
        if (!(host.equals("localhost") || host.startsWith("127."))) {
            throw new IllegalArgumentException("The drills load this machine only (loopback), not " + host);
        }
        this.host = host;
        this.tally = tally;
    }

    /** A token and the demo agency's first merchant; without them there is no load to make. */
    void prepare() throws IOException, InterruptedException {
        refreshToken();
        HttpResponse<String> merchants = http.send(authorised(uri(8082, "/v1/merchants")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        merchantId = JSON.readTree(merchants.body()).path("items").path(0).path("id").asText();
        if (token.get() == null || merchantId.isEmpty()) {
            throw new IllegalStateException("No token or no demo merchant: is the suite up with its demo data?");
        }
    }

    void refreshToken() {
        String basic = Base64.getEncoder().encodeToString("demo-agency:demo-agency-secret".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri(8081, "/oauth2/token")).timeout(TIMEOUT)
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        send("token", request, 200).ifPresent(body -> token.set(read(body).path("access_token").asText()));
    }

    /** A payment from creation to the bank's approval; stops at the first step that fails. */
    void payment(String idempotencyKey) {
        String body = String.format("""
                {"merchantId":"%s","amount":{"currency":"MYR","value":1050},"billReference":"DRILL-%s",\
                "description":"Drill load","allowedMethods":["FPX_B2C"],"serviceId":"JPJ-CUKAI-JALAN-PEMBAHARUAN"}""",
                merchantId, idempotencyKey);
        Optional<String> created = Optional.empty();
        for (int attempt = 1; attempt <= CREATE_ATTEMPTS && created.isEmpty(); attempt++) {
            created = send("payment.create", authorised(uri(8082, "/v1/payments")).header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)).build(), 201);
        }
        Optional<String> bankPage = created.map(answer -> read(answer).path("id").asText())
                .flatMap(id -> redirect("payment.choose-bank", uri(8082, "/pay/" + id + "/method"),
                        Map.of("method", "FPX_B2C", "bank", "SBX0001")));
        bankPage.ifPresent(page -> redirect("payment.approve", uri(8082, URI.create(page).getPath()), Map.of("decision", "APPROVE")));
    }

    void exchangeQuery() {
        send("exchange.query", authorised(uri(8083, "/v1/exchange/queries")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EXCHANGE_QUERY)).build(), 200);
    }

    /** Posts a form as the payer's browser does and returns where it is sent next. */
    private Optional<String> redirect(String operation, URI target, Map<String, String> form) {
        String encoded = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(target).timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build();
        return answer(operation, request, 303).flatMap(response -> response.headers().firstValue("Location"));
    }

    private Optional<String> send(String operation, HttpRequest request, int expectedStatus) {
        return answer(operation, request, expectedStatus).map(HttpResponse::body);
    }

    /** The expected answer, or empty after recording how the operation failed. */
    private Optional<HttpResponse<String>> answer(String operation, HttpRequest request, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Outcome outcome = Outcome.of(response, expectedStatus);
            if (outcome == Outcome.UNCLEAN_FAILURE) {
                tally.recordUnclean(operation, "HTTP " + response.statusCode() + " "
                        + response.headers().firstValue("Content-Type").orElse("without body type"));
            } else {
                tally.record(operation, outcome);
            }
            return outcome == Outcome.SUCCEEDED ? Optional.of(response) : Optional.empty();
        } catch (IOException unreachable) {
            tally.recordUnclean(operation, unreachable.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private HttpRequest.Builder authorised(URI target) {
        return HttpRequest.newBuilder(target).timeout(TIMEOUT).header("Authorization", "Bearer " + token.get());
    }

    private URI uri(int port, String path) {
        return URI.create("http://" + host + ":" + port + path);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }
}
