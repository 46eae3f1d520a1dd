package my.gov.platform.catalogue.onceonly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the public product list of data-exchange-service ({@code GET /v1/products}). A slow or
 * failing exchange must not break the catalogue: each fetch has a timeout, a good answer is reused
 * for a while, and on failure the last known list is used (empty if none was ever read).
 */
public class ProductCatalogClient {
    private static final Logger LOG = Logger.getLogger(ProductCatalogClient.class);
    /** A bound on paging, so a misbehaving exchange cannot keep the catalogue reading forever. */
    private static final int MAX_PAGES = 20;

    private final HttpClient http;
    private final URI productsUri;
    private final Duration timeout;
    private final Duration freshFor;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private volatile List<RegistryProduct> lastKnown = List.of();
    private volatile Instant fetchedAt = Instant.MIN;

    public ProductCatalogClient(String exchangeUrl, Duration timeout, Duration freshFor, Clock clock) {
        this.productsUri = URI.create(exchangeUrl.replaceAll("/+$", "") + "/v1/products?limit=100");
        this.timeout = timeout;
        this.freshFor = freshFor;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public List<RegistryProduct> products() {
        if (fetchedAt.plus(freshFor).isAfter(clock.instant())) {
            return lastKnown;
        }
        try {
            List<RegistryProduct> products = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page = fetch(cursor);
                products.addAll(parse(page));
                cursor = page.path("nextCursor").asText(null);
            } while (cursor != null && ++pages < MAX_PAGES);
            lastKnown = List.copyOf(products);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warnf("Reading %s was interrupted; using the last known %d products", productsUri, lastKnown.size());
        } catch (Exception e) {
            LOG.warnf("Could not read %s (%s); using the last known %d products", productsUri, e, lastKnown.size());
        }
        fetchedAt = clock.instant();
        return lastKnown;
    }

    private JsonNode fetch(String cursor) throws java.io.IOException, InterruptedException {
        URI uri = cursor == null ? productsUri
                : URI.create(productsUri + "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("status " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    /** Accepts a bare array or a page ({@code items}); a field is an object with {@code name} or a string. */
    static List<RegistryProduct> parse(JsonNode body) {
        JsonNode items = body.isArray() ? body : body.path("items");
        List<RegistryProduct> products = new ArrayList<>();
        for (JsonNode item : items) {
            List<String> fields = new ArrayList<>();
            for (JsonNode field : item.path("fields")) {
                String name = field.isTextual() ? field.asText() : field.path("name").asText("");
                if (!name.isBlank()) {
                    fields.add(name);
                }
            }
            String code = firstText(item, "code", "id", "name");
            products.add(new RegistryProduct(code, firstText(item, "name", "title", "code"), item.path("kind").asText(""),
                    item.path("recordKey").asText(""), List.copyOf(fields)));
        }
        return List.copyOf(products);
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            if (node.hasNonNull(name) && !node.get(name).asText().isBlank()) {
                return node.get(name).asText();
            }
        }
        return "";
    }
}
