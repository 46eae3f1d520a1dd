package my.gov.platform.commons.events;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The JSON Schemas of this service's event types, kept in the repository under {@code event-schemas/}. */
@ApplicationScoped
public class EventSchemas {
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z0-9.\\-]+");
    static final String LOCATION = "event-schemas/";
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    public boolean exists(String type) {
        return schema(type).isPresent();
    }

    public Optional<String> schema(String type) {
        if (!EVENT_TYPE.matcher(type).matches()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(type, EventSchemas::load);
    }

    private static Optional<String> load(String type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(LOCATION + type + ".json")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
