package my.gov.platform.catalogue.portal;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.catalogue.config.CatalogueConfig;
import my.gov.platform.commons.outbound.OutboundFailure;
import my.gov.platform.commons.outbound.OutboundHttp;
import my.gov.platform.commons.outbound.OutboundRequest;
import my.gov.platform.commons.outbound.OutboundResponse;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * Reads public JSON documents of the suite and of agencies through the platform's outbound policy:
 * what is read here is stored and served to everyone, so a redirect is not followed and an internal
 * address is never read.
 */
@ApplicationScoped
public class DocumentFetcher {
    private final OutboundHttp http;
    private final Duration timeout;

    DocumentFetcher(CatalogueConfig config, OutboundHttp http) {
        this.timeout = config.portal().fetchTimeout();
        this.http = http;
    }

    /** The document; fails with a message that may be shown, naming no port state. */
    public String get(String url) throws IOException {
        try {
            OutboundResponse response = http.send(OutboundRequest.get(URI.create(url)).within(timeout)
                    .header("Accept", "application/json")).await().indefinitely();
            if (response.status() != 200) {
                throw new IOException("answered HTTP " + response.status());
            }
            return response.text();
        } catch (OutboundFailure e) {
            throw new IOException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a usable URL", e);
        }
    }
}
