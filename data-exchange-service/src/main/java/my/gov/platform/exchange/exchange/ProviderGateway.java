package my.gov.platform.exchange.exchange;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.exchange.audit.Hex;
import my.gov.platform.exchange.problems.ExchangeProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

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

    private static final TypeLiteral<Uni<ProviderAnswer>> ANSWER = new TypeLiteral<>() {
    };

    private final ObjectMapper json;
    private final Duration timeout;
    private final int retries;
    private final int breakerVolume;
    private final Duration breakerDelay;
    private final HttpClient http;
    private final ProviderTokens tokens;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    ProviderGateway(ObjectMapper json, ProviderTokens tokens, Vertx vertx,
                    @ConfigProperty(name = "mygov.exchange.provider.timeout") Duration timeout,
                    @ConfigProperty(name = "mygov.exchange.provider.retries") int retries,
                    @ConfigProperty(name = "mygov.exchange.provider.breaker-volume") int breakerVolume,
                    @ConfigProperty(name = "mygov.exchange.provider.breaker-delay") Duration breakerDelay,
                    @ConfigProperty(name = "mygov.exchange.provider.connections") int connections) {
        this.json = json;
        this.tokens = tokens;
        this.timeout = timeout;
        this.retries = retries;
        this.breakerVolume = breakerVolume;
        this.breakerDelay = breakerDelay;
        // Non-blocking: the answer is handled on the event loop that asked, with no thread to wake.
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeout.toMillis())
                .setMaxPoolSize(connections).setKeepAlive(true));
    }

    /**
     * @param productCode    names the circuit breaker
     * @param providerAgency the agency whose endpoint this is: the audience of the token sent
     * @return the provider's record; or fails with a problem: 504 when the provider did not answer in
     * time, 502 when it failed (or its breaker is open), record-not-found when it has no such record
     */
    public Uni<ProviderAnswer> fetch(String productCode, String providerAgency, URI uri) {
        return guard(productCode).get(() -> attempt(providerAgency, uri), ANSWER)
                .onFailure(ProviderFailure.class).transform(failure -> new ProblemException(
                        ((ProviderFailure) failure).timedOut() ? CommonProblem.GATEWAY_TIMEOUT : CommonProblem.BAD_GATEWAY,
                        "The " + productCode + " provider " + failure.getMessage() + "; no data was returned")
                        .with("productCode", productCode))
                .onFailure(CircuitBreakerOpenException.class).transform(open -> new ProblemException(CommonProblem.BAD_GATEWAY,
                        "The " + productCode + " provider failed repeatedly and is not being called for now; no data was returned")
                        .with("productCode", productCode).header("Retry-After", Long.toString(breakerDelay.toSeconds())));
    }

    private Uni<ProviderAnswer> attempt(String providerAgency, URI uri) {
        return tokens.forAgency(providerAgency).flatMap(token -> http.request(new RequestOptions().setMethod(HttpMethod.GET)
                                .setAbsoluteURI(uri.toString()).setTimeout(timeout.toMillis())
                                .putHeader("Accept", "application/json").putHeader("Authorization", "Bearer " + token))
                        .flatMap(HttpClientRequest::send)
                        .flatMap(response -> response.body().map(body -> answer(providerAgency, token, response.statusCode(), body.getBytes())))
                        .ifNoItem().after(timeout).failWith(this::timedOut))
                .onFailure(failure -> !(failure instanceof ProviderFailure || failure instanceof ProblemException))
                .transform(failure -> failure instanceof TimeoutException ? timedOut() : new ProviderFailure.Unavailable("could not be reached"));
    }

    private ProviderFailure timedOut() {
        return new ProviderFailure.TimedOut("did not answer within " + timeout.toMillis() + " ms");
    }

    private ProviderAnswer answer(String providerAgency, String token, int status, byte[] body) {
        if (status == 401 || status == 403) {
            tokens.refused(providerAgency, token);
            throw new ProviderFailure.Unavailable("refused the broker's credentials (HTTP " + status + ")");
        }
        if (status == 404) {
            throw new ProblemException(ExchangeProblem.RECORD_NOT_FOUND, "The provider holds no record for this key");
        }
        if (status != 200) {
            throw new ProviderFailure.Unavailable("answered HTTP " + status);
        }
        try {
            Map<String, Object> parsed = json.readValue(body, JSON_OBJECT);
            if (!(parsed.get("data") instanceof Map<?, ?> data)) {
                throw new ProviderFailure.Unavailable("answered without a data object");
            }
            Object asOf = parsed.get("asOf");
            @SuppressWarnings("unchecked")
            Map<String, Object> record = (Map<String, Object>) data;
            return new ProviderAnswer(record, asOf == null ? Instant.now() : Instant.parse(asOf.toString()), Hex.sha256(body));
        } catch (IOException | DateTimeParseException e) {
            throw new ProviderFailure.Unavailable("answered with a body that is not a record");
        }
    }

    /**
     * Without thread offload, a guard called on an event loop queues the call, and then its outcome, as
     * new tasks on that loop: the provider was asked only after the rest of the current task (sending
     * the opened audit entry among it), and the answer waited in the queue once more, 0.2–0.3 ms in all
     * with one client (benchmark round fourteen). Offloading to the calling thread itself does neither.
     */
    private Guard guard(String productCode) {
        return guards.computeIfAbsent(productCode, code -> Guard.create()
                .withDescription("provider " + code)
                .withThreadOffload(true).withThreadOffloadExecutor(Runnable::run)
                .withRetry().maxRetries(retries).delay(50, ChronoUnit.MILLIS).jitter(25, ChronoUnit.MILLIS)
                .retryOn(ProviderFailure.Unavailable.class).done()
                .withCircuitBreaker().requestVolumeThreshold(breakerVolume).failureRatio(0.5)
                .delay(breakerDelay.toMillis(), ChronoUnit.MILLIS).failOn(List.of(ProviderFailure.class))
                .skipOn(ProblemException.class).done()
                .build());
    }
}
