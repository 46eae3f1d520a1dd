package my.gov.platform.commons.outbound;

import io.vertx.core.http.HttpMethod;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request for {@link OutboundHttp}. Without {@link #limitedTo} and {@link #within}, the
 * {@code mygov.outbound} body limit and timeout apply; a caller can only lower them.
 */
public record OutboundRequest(HttpMethod method, URI uri, Map<String, String> headers, String body,
                              Integer maxBodyBytes, Duration timeout) {
    public static OutboundRequest get(URI uri) {
        return new OutboundRequest(HttpMethod.GET, uri, Map.of(), null, null, null);
    }

    public static OutboundRequest post(URI uri, String contentType, String body) {
        return new OutboundRequest(HttpMethod.POST, uri, Map.of("Content-Type", contentType), body, null, null);
    }

    public OutboundRequest header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutboundRequest(method, uri, Map.copyOf(more), body, maxBodyBytes, timeout);
    }

    public OutboundRequest limitedTo(int bytes) {
        return new OutboundRequest(method, uri, headers, body, bytes, timeout);
    }

    public OutboundRequest within(Duration limit) {
        return new OutboundRequest(method, uri, headers, body, maxBodyBytes, limit);
    }
}
