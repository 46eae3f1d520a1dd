package my.gov.platform.commons.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotFoundException;

import java.util.Map;
import java.util.Optional;

/**
 * JAX-RS answers 404 when a path or a query parameter cannot be converted to its type (e.g.
 * {@code ?limit=abc}). For a path that is right (nothing lives there), for a query it is not: this
 * tells the query parameter whose value the conversion failed on, so it is answered as a bad request.
 */
final class UnreadableQuery {
    private UnreadableQuery() {
    }

    static Optional<String> parameter(NotFoundException failure, HttpServerRequest request) {
        Throwable conversion = failure.getCause();
        if (conversion == null || conversion.getMessage() == null) {
            return Optional.empty();
        }
        return request.params().entries().stream()
                .filter(parameter -> !parameter.getValue().isEmpty() && conversion.getMessage().contains(parameter.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
