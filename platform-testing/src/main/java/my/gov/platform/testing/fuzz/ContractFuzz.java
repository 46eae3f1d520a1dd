package my.gov.platform.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzz of the running service from its own live contract ({@code /q/openapi}): every operation receives its
 * {@link HostileRequests} with a valid token and some of them without one, and none may answer 500, an error that is
 * not a problem, or nothing within {@link #TIMEOUT}. Deterministic (a fixed seed picks the variants when an operation
 * has more than {@link #PER_OPERATION}) and bounded, so a service is fuzzed in well under a minute.
 *
 * <pre>ContractFuzz.ofLiveDocument().run(TestTokens.agency("JPJ").scopes(...).token());</pre>
 */
public final class ContractFuzz {
    private static final Logger LOG = Logger.getLogger(ContractFuzz.class);
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int PER_OPERATION = 40;
    private static final long SEED = 20261207L;
    /** Overload and upstream answers the contract declares, as problems with Retry-After or an upstream's failure. */
    private static final Set<Integer> DECLARED_5XX = Set.of(502, 503, 504);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** HTTP/1.1, as agencies and browsers reach the services: over h2c, a header past the limit ends the connection. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final String base;
    private final JsonNode document;

    private ContractFuzz(String base, JsonNode document) {
        this.base = base;
        this.document = document;
    }

    /** The document the service under test serves now, as a client would read it. */
    public static ContractFuzz ofLiveDocument() {
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        try {
            HttpResponse<String> answer = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
            return new ContractFuzz(base, new ObjectMapper().readTree(answer.body()));
        } catch (IOException e) {
            throw new IllegalStateException("No OpenAPI document at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every scope and role the document's security requirements name, for a token that gets past them. */
    public String[] scopes() {
        Set<String> scopes = new TreeSet<>();
        document.path("paths").findValues("security").forEach(requirements -> requirements.forEach(requirement ->
                requirement.forEach(names -> names.forEach(name -> scopes.add(name.asText())))));
        return scopes.toArray(String[]::new);
    }

    /** Fuzzes every operation with {@code token} (a bearer token) and, for one variant in four, with none. */
    public void run(String token) {
        Random random = new Random(SEED);
        SampleValues samples = new SampleValues(document);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                List<FuzzRequest> requests = new HostileRequests(samples, operation.getKey(), path.getKey(), path.getValue(),
                        operation.getValue()).all();
                for (FuzzRequest request : pick(requests, random)) {
                    check(request, token, failures);
                    sent++;
                    if (random.nextInt(4) == 0) {
                        check(request, null, failures);
                        sent++;
                    }
                }
            }
        }
        LOG.infof("Fuzzed %d operations of %s with %d requests", operations, base, sent);
        assertThat(sent).as("requests sent").isPositive();
        assertThat(failures).as("answers that are 500s, errors that are not problems, or no answer in " + TIMEOUT.toSeconds()
                + " s, out of " + sent + " requests").isEmpty();
    }

    private static List<FuzzRequest> pick(List<FuzzRequest> requests, Random random) {
        if (requests.size() <= PER_OPERATION) {
            return requests;
        }
        List<FuzzRequest> hostile = new ArrayList<>(requests.subList(1, requests.size()));
        Collections.shuffle(hostile, random);
        List<FuzzRequest> picked = new ArrayList<>(List.of(requests.get(0)));
        picked.addAll(hostile.subList(0, PER_OPERATION - 1));
        return picked;
    }

    private void check(FuzzRequest request, String token, List<String> failures) {
        String sent = request.describe() + (token == null ? " without a token" : " with a token");
        try {
            HttpResponse<String> answer = CLIENT.send(http(request, token), HttpResponse.BodyHandlers.ofString());
            boolean problem = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            if (answer.statusCode() >= 500 && !(DECLARED_5XX.contains(answer.statusCode()) && problem)) {
                failures.add(answer.statusCode() + " for " + sent + ": " + answer.body().lines().findFirst().orElse(""));
            }
        } catch (HttpTimeoutException e) {
            failures.add("no answer in " + TIMEOUT.toSeconds() + " s for " + sent);
        } catch (IOException e) {
            failures.add("connection failed (" + e + ") for " + sent);
        } catch (IllegalArgumentException e) {
            // The client itself refuses to send it (e.g. a header value it deems illegal): nothing reached the server.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest http(FuzzRequest request, String token) {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(base + request.pathAndQuery())).timeout(TIMEOUT)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            http.header("Content-Type", request.contentType());
        }
        if (request.headerName() != null) {
            http.header(request.headerName(), request.headerValue());
        }
        if (token != null) {
            http.header("Authorization", "Bearer " + token);
        }
        return http.header("Accept", "application/json, application/problem+json, text/html;q=0.5, */*;q=0.1").build();
    }
}
