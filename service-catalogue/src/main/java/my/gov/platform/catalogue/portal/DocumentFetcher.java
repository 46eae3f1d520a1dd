package my.gov.platform.catalogue.portal;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads public JSON documents of other services with a timeout. */
@ApplicationScoped
public class DocumentFetcher {
    private final HttpClient http;
    private final Duration timeout;

    DocumentFetcher(PortalConfig config) {
        this.timeout = config.fetchTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public String get(String url) throws IOException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading " + url, e);
        } catch (IllegalArgumentException e) {
            throw new IOException("Not a usable URL: " + url, e);
        }
    }
}
