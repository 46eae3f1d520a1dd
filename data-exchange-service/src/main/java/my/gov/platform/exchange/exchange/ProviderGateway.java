package my.gov.platform.exchange.exchange;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import my.gov.platform.commons.outbound.OutboundFailure;
import my.gov.platform.commons.outbound.OutboundHttp;
import my.gov.platform.commons.outbound.OutboundRequest;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.exchange.audit.Hex;
import my.gov.platform.exchange.config.ExchangeConfig;
import my.gov.platform.exchange.problems.ExchangeProblem;
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

/**
 * Calls provider endpoints over HTTP, through the platform's outbound policy, with the broker's token
 * for the provider agency. Each attempt is bounded by the configured timeout; reads are safe, so refused connections, refused credentials
 * and 5xx answers are retried; each product has its own circuit breaker, so one failing agency does
 * not cut consumers off from the others.
 */
@ApplicationScoped
public class ProviderGateway {
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    /** A record is a few kilobytes; a provider cannot make the broker hold more. */
    private static final int MAX_ANSWER_BYTES = 1024 * 1024;

    private static final TypeLiteral<Uni<ProviderAnswer>> ANSWER = new TypeLiteral<>() {
    };

    private final ObjectMapper json;
    private final Duration timeout;
    private final int retries;
    private final int breakerVolume;
    private final Duration breakerDelay;
    private final OutboundHttp http;
    private final ProviderTokens tokens;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    ProviderGateway(ObjectMapper json, ProviderTokens tokens, OutboundHttp http,
                    ExchangeConfig config) {
        ExchangeConfig.Provider provider = config.exchange().provider();
        this.json = json;
        this.tokens = tokens;
        this.http = http;
        this.timeout = provider.timeout();
        this.retries = provider.retries();
        this.breakerVolume = provider.breakerVolume();
        this.breakerDelay = provider.breakerDelay();
    }

    /**
     * @param productCode    names the circuit breaker
     * @param providerAgency the agency whose endpoint this is: the audience of the token sent
     * @return the provider's record; or fails with a problem: 502 when it could not be reached in time,
     * failed (or its breaker is open), record-not-found when it has no such record
     */
    public Uni<ProviderAnswer> fetch(String productCode, String providerAgency, URI uri) {
        return guard(productCode).get(() -> attempt(providerAgency, uri), ANSWER)
                .onFailure(ProviderFailure.class).transform(failure -> new ProblemException(CommonProblem.BAD_GATEWAY,
                        "The " + productCode + " provider " + failure.getMessage() + "; no data was returned")
                        .with("productCode", productCode))
                .onFailure(CircuitBreakerOpenException.class).transform(open -> new ProblemException(CommonProblem.BAD_GATEWAY,
                        "The " + productCode + " provider failed repeatedly and is not being called for now; no data was returned")
                        .with("productCode", productCode).header("Retry-After", Long.toString(breakerDelay.toSeconds())));
    }

    /** Non-blocking: the answer is handled on the event loop that asked, with no thread to wake. */
    private Uni<ProviderAnswer> attempt(String providerAgency, URI uri) {
        return tokens.forAgency(providerAgency).flatMap(token -> http.send(OutboundRequest.get(uri).within(timeout)
                                .limitedTo(MAX_ANSWER_BYTES).header("Accept", "application/json").header("Authorization", "Bearer " + token))
                        .map(response -> answer(providerAgency, token, response.status(), response.body()))
                        .ifNoItem().after(timeout).failWith(() -> unreachable(true)))
                .onFailure(failure -> !(failure instanceof ProviderFailure || failure instanceof ProblemException))
                .transform(failure -> unreachable(failure instanceof OutboundFailure outbound && outbound.timedOut()));
    }

    /** In the same words whatever went wrong (port closed, filtered, silent): no port scanner for consumers. */
    private static ProviderFailure unreachable(boolean timedOut) {
        return timedOut ? new ProviderFailure.TimedOut(OutboundFailure.UNREACHABLE) : new ProviderFailure.Unavailable(OutboundFailure.UNREACHABLE);
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
