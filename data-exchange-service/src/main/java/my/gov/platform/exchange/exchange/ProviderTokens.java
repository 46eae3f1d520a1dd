package my.gov.platform.exchange.exchange;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.exchange.products.ProviderAudience;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens the broker shows providers: one per provider agency, granted by identity-service for
 * that agency alone ({@link ProviderAudience}). A provider so knows the call comes from the broker,
 * and cannot replay the token at another provider or at the platform's APIs, which accept only the
 * platform audience. Each is reused until shortly before it expires.
 */
@ApplicationScoped
public class ProviderTokens {
    private static final Logger LOG = Logger.getLogger(ProviderTokens.class);

    private final OidcClient identity;
    private final Duration timeout;
    private final Map<String, Tokens> byAgency = new ConcurrentHashMap<>();

    ProviderTokens(OidcClient identity, @ConfigProperty(name = "mygov.exchange.provider.timeout") Duration timeout) {
        this.identity = identity;
        this.timeout = timeout;
    }

    /** @throws ProblemException 502 when identity-service grants no token, so the provider is not called */
    String forAgency(String agency) {
        Tokens held = byAgency.get(agency);
        if (held != null && !held.isAccessTokenExpired() && !held.isAccessTokenWithinRefreshInterval()) {
            return held.getAccessToken();
        }
        try {
            Tokens granted = identity.getTokens(Map.of("resource", ProviderAudience.of(agency))).await().atMost(timeout);
            byAgency.put(agency, granted);
            return granted.getAccessToken();
        } catch (RuntimeException refused) {
            LOG.warnf("identity-service granted no token for the %s provider: %s", agency, refused.getMessage());
            throw new ProblemException(CommonProblem.BAD_GATEWAY, "The broker could not obtain its credentials for the "
                    + agency + " provider from identity-service; the provider was not called");
        }
    }

    /** Drops a token the provider refused, so the next attempt asks for a new one. */
    void refused(String agency, String token) {
        byAgency.computeIfPresent(agency, (code, held) -> held.getAccessToken().equals(token) ? null : held);
    }
}
