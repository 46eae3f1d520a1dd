package my.gov.platform.identity.oauth;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.outbound.OutboundFailure;
import my.gov.platform.commons.outbound.OutboundHttp;
import my.gov.platform.commons.outbound.OutboundRequest;
import my.gov.platform.commons.outbound.OutboundResponse;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.config.IdentityConfig;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JWK sets that private_key_jwt clients publish at their {@code jwksUri}: fetched on first use,
 * kept, and fetched again when an assertion does not verify with what is kept (the client rotated
 * its key), but not more often than {@code mygov.identity.jwks-uri.min-refresh} per URI, so a
 * stream of bad assertions cannot turn this service into a request generator.
 */
@ApplicationScoped
public class PublishedClientKeys {
    private static final Logger LOG = Logger.getLogger(PublishedClientKeys.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final int MAX_BYTES = 64 * 1024;

    private record Fetched(String jwks, Instant at) {
    }

    private final OutboundHttp http;
    private final Map<String, Fetched> fetched = new ConcurrentHashMap<>();
    private final Duration minRefresh;

    PublishedClientKeys(IdentityConfig config, OutboundHttp http) {
        this.minRefresh = config.jwksUriMinRefresh();
        this.http = http;
    }

    /** The keys kept for the client's URI, fetching them the first time. */
    public Optional<String> current(OAuthClient client) {
        Fetched kept = fetched.get(client.jwksUri);
        return kept != null ? Optional.of(kept.jwks()) : fetch(client.jwksUri);
    }

    /** Fetches again, unless the last fetch for this URI was too recent. */
    public Optional<String> refreshed(OAuthClient client) {
        Fetched kept = fetched.get(client.jwksUri);
        if (kept != null && kept.at().plus(minRefresh).isAfter(Instant.now())) {
            return Optional.empty();
        }
        return fetch(client.jwksUri);
    }

    private Optional<String> fetch(String uri) {
        try {
            OutboundResponse response = http.send(OutboundRequest.get(URI.create(uri)).within(TIMEOUT).limitedTo(MAX_BYTES)
                    .header("Accept", "application/jwk-set+json, application/json")).await().indefinitely();
            if (response.status() != 200) {
                LOG.warnf("Client keys at %s: HTTP %d; not used", uri, response.status());
                return Optional.empty();
            }
            fetched.put(uri, new Fetched(response.text(), Instant.now()));
            return Optional.of(response.text());
        } catch (OutboundFailure | IllegalArgumentException e) {
            LOG.warnf("Client keys at %s could not be fetched: %s", uri, e.getMessage());
            return Optional.empty();
        }
    }
}
