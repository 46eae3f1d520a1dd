package my.gov.platform.exchange.exchange;

import java.time.Instant;
import java.util.Map;

/** A provider's record, as parsed from {@code {"asOf": ..., "data": {...}}}, with the raw body's hash. */
public record ProviderAnswer(Map<String, Object> data, Instant asOf, String bodyHash) {
}
