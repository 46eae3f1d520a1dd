package my.gov.platform.exchange.products;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Turns a product's registered endpoint template into the URL the broker calls. The sample
 * registries are registered as {@code {sampleRegistryBaseUrl}/...}, so they are reached over HTTP
 * like any agency endpoint. The base URL is read at the first call rather than at injection,
 * because a test server's port is only known once it has started.
 */
@ApplicationScoped
public class ProviderEndpoints {
    static final String SAMPLE_BASE = "{sampleRegistryBaseUrl}";

    private volatile String sampleBase;

    public String resolve(String template) {
        if (!template.startsWith(SAMPLE_BASE)) {
            return template;
        }
        String base = sampleBase;
        if (base == null) {
            base = ConfigProvider.getConfig().getValue("mygov.exchange.sample-registry-base-url", String.class);
            sampleBase = base;
        }
        return base + template.substring(SAMPLE_BASE.length());
    }

    public URI forRecord(String template, String recordKey) {
        return URI.create(resolve(template).replace("{key}", URLEncoder.encode(recordKey, StandardCharsets.UTF_8)));
    }
}
