package my.gov.platform.identity.oauth;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.config.IdentityConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Fetched> fetched = new ConcurrentHashMap<>();
    private final Duration minRefresh;

    PublishedClientKeys(IdentityConfig config) {
        this.minRefresh = config.jwksUriMinRefresh();
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
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT)
                    .header("Accept", "application/jwk-set+json, application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().length() > MAX_BYTES) {
                LOG.warnf("Client keys at %s: HTTP %d, %d characters; not used", uri, response.statusCode(), response.body().length());
                return Optional.empty();
            }
            fetched.put(uri, new Fetched(response.body(), Instant.now()));
            return Optional.of(response.body());
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("Client keys at %s could not be fetched: %s", uri, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
