package my.gov.platform.exchange.exchange;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.exchange.audit.Hex;
import my.gov.platform.exchange.problems.ExchangeProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls provider endpoints over HTTP with the broker's token for the provider agency. Each attempt
 * is bounded by the configured timeout; reads are safe, so refused connections, refused credentials
 * and 5xx answers are retried; each product has its own circuit breaker, so one failing agency does
 * not cut consumers off from the others.
 */
@ApplicationScoped
public class ProviderGateway {
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final Duration timeout;
    private final int retries;
    private final int breakerVolume;
    private final Duration breakerDelay;
    private final HttpClient http;
    private final ProviderTokens tokens;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    ProviderGateway(ObjectMapper json, ProviderTokens tokens,
                    @ConfigProperty(name = "mygov.exchange.provider.timeout") Duration timeout,
                    @ConfigProperty(name = "mygov.exchange.provider.retries") int retries,
                    @ConfigProperty(name = "mygov.exchange.provider.breaker-volume") int breakerVolume,
                    @ConfigProperty(name = "mygov.exchange.provider.breaker-delay") Duration breakerDelay) {
        this.json = json;
        this.tokens = tokens;
        this.timeout = timeout;
        this.retries = retries;
        this.breakerVolume = breakerVolume;
        this.breakerDelay = breakerDelay;
        // The client's own thread finishes each response and wakes the caller itself: a byte-array body
        // never blocks it, and a hand-off to a pool thread cost about 0.2 ms of every exchange's latency.
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1)
                .executor(Runnable::run).build();
    }

    /**
     * @param productCode    names the circuit breaker
     * @param providerAgency the agency whose endpoint this is: the audience of the token sent
     * @throws ProblemException 504 when the provider did not answer in time, 502 when it failed
     *                          (or its breaker is open), record-not-found when it has no such record
     */
    public ProviderAnswer fetch(String productCode, String providerAgency, URI uri) {
        try {
            return guard(productCode).get(() -> attempt(providerAgency, uri), ProviderAnswer.class);
        } catch (ProviderFailure failure) {
            throw new ProblemException(failure.timedOut() ? CommonProblem.GATEWAY_TIMEOUT : CommonProblem.BAD_GATEWAY,
                    "The " + productCode + " provider " + failure.getMessage() + "; no data was returned")
                    .with("productCode", productCode);
        } catch (CircuitBreakerOpenException open) {
            throw new ProblemException(CommonProblem.BAD_GATEWAY, "The " + productCode
                    + " provider failed repeatedly and is not being called for now; no data was returned")
                    .with("productCode", productCode).header("Retry-After", Long.toString(breakerDelay.toSeconds()));
        }
    }

    private ProviderAnswer attempt(String providerAgency, URI uri) {
        String token = tokens.forAgency(providerAgency);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ProviderFailure.TimedOut("did not answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new ProviderFailure.Unavailable("could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderFailure.Unavailable("call was interrupted");
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            tokens.refused(providerAgency, token);
            throw new ProviderFailure.Unavailable("refused the broker's credentials (HTTP " + response.statusCode() + ")");
        }
        if (response.statusCode() == 404) {
            throw new ProblemException(ExchangeProblem.RECORD_NOT_FOUND, "The provider holds no record for this key");
        }
        if (response.statusCode() != 200) {
            throw new ProviderFailure.Unavailable("answered HTTP " + response.statusCode());
        }
        try {
            Map<String, Object> body = json.readValue(response.body(), JSON_OBJECT);
            if (!(body.get("data") instanceof Map<?, ?> data)) {
                throw new ProviderFailure.Unavailable("answered without a data object");
            }
            Object asOf = body.get("asOf");
            @SuppressWarnings("unchecked")
            Map<String, Object> record = (Map<String, Object>) data;
            return new ProviderAnswer(record, asOf == null ? Instant.now() : Instant.parse(asOf.toString()), Hex.sha256(response.body()));
        } catch (IOException | java.time.format.DateTimeParseException e) {
            throw new ProviderFailure.Unavailable("answered with a body that is not a record");
        }
    }

    private Guard guard(String productCode) {
        return guards.computeIfAbsent(productCode, code -> Guard.create()
                .withDescription("provider " + code)
                .withRetry().maxRetries(retries).delay(50, ChronoUnit.MILLIS).jitter(25, ChronoUnit.MILLIS)
                .retryOn(ProviderFailure.Unavailable.class).done()
                .withCircuitBreaker().requestVolumeThreshold(breakerVolume).failureRatio(0.5)
                .delay(breakerDelay.toMillis(), ChronoUnit.MILLIS).failOn(List.of(ProviderFailure.class))
                .skipOn(ProblemException.class).done()
                .build());
    }
}
