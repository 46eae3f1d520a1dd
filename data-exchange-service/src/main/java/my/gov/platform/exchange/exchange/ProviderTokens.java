package my.gov.platform.exchange.exchange;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.exchange.config.ExchangeConfig;
import my.gov.platform.exchange.products.ProviderAudience;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens the broker shows providers: one per provider agency, granted by identity-service for
 * that agency alone ({@link ProviderAudience}). A provider so knows the call comes from the broker,
 * and cannot replay the token at another provider or at the platform's APIs, which accept only the
 * platform audience. Each is reused until shortly before it expires, and calls that find it due share
 * one new grant instead of each asking identity-service.
 */
@ApplicationScoped
public class ProviderTokens {
    private static final Logger LOG = Logger.getLogger(ProviderTokens.class);

    private final OidcClient identity;
    private final Duration timeout;
    /** The grant per agency, done or under way: concurrent calls needing a new token share one request. */
    private final Map<String, CompletableFuture<Tokens>> byAgency = new ConcurrentHashMap<>();

    ProviderTokens(OidcClient identity, ExchangeConfig config) {
        this.identity = identity;
        this.timeout = config.exchange().provider().timeout();
    }

    /**
     * The token for the agency's provider, at once when one is held.
     *
     * @return fails with a 502 problem when identity-service grants no token, so the provider is not called
     */
    Uni<String> forAgency(String agency) {
        CompletableFuture<Tokens> held = byAgency.get(agency);
        if (held == null || !usable(held)) {
            held = byAgency.compute(agency, (code, current) -> current != null && (!current.isDone() || usable(current))
                    ? current
                    : identity.getTokens(Map.of("resource", ProviderAudience.of(code))).subscribeAsCompletionStage());
        }
        if (usable(held)) {
            return Uni.createFrom().item(held.join().getAccessToken());
        }
        CompletableFuture<Tokens> grant = held;
        return Uni.createFrom().completionStage(grant).ifNoItem().after(timeout).fail()
                .map(Tokens::getAccessToken)
                .onFailure().transform(refused -> {
                    byAgency.remove(agency, grant);
                    LOG.warnf("identity-service granted no token for the %s provider: %s", agency, refused.toString());
                    return new ProblemException(CommonProblem.BAD_GATEWAY, "The broker could not obtain its credentials for the "
                            + agency + " provider from identity-service; the provider was not called");
                });
    }

    /** A granted token that is neither expired nor due for renewal. */
    private static boolean usable(CompletableFuture<Tokens> grant) {
        Tokens tokens = grant.isDone() && !grant.isCompletedExceptionally() ? grant.join() : null;
        return tokens != null && !tokens.isAccessTokenExpired() && !tokens.isAccessTokenWithinRefreshInterval();
    }

    /** Drops a token the provider refused, so the next attempt asks for a new one. */
    void refused(String agency, String token) {
        byAgency.computeIfPresent(agency, (code, held) -> usable(held) && held.join().getAccessToken().equals(token) ? null : held);
    }
}
