package my.gov.platform.commons.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every problem kind this service can answer with, by slug: the common ones plus those of each
 * {@link ProblemKinds} bean the service declares. Builds bodies so type URIs are formed in one place.
 */
@ApplicationScoped
public class ProblemCatalog {
    private final Map<String, ProblemKind> kinds = new LinkedHashMap<>();
    private final String baseUri;

    ProblemCatalog(Instance<ProblemKinds> serviceKinds, ProblemConfig config) {
        String baseUri = config.publicBaseUrl();
        this.baseUri = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
        Stream.concat(Arrays.stream(CommonProblem.values()), serviceKinds.stream().flatMap(k -> k.kinds().stream()))
                .forEach(kind -> kinds.putIfAbsent(kind.slug(), kind));
    }

    public Optional<ProblemKind> find(String slug) {
        return Optional.ofNullable(kinds.get(slug));
    }

    public Map<String, ProblemKind> all() {
        return kinds;
    }

    public String typeUri(ProblemKind kind) {
        return baseUri + "/problems/" + kind.slug();
    }

    public Problem problem(ProblemKind kind, String detail, String instance) {
        return problem(kind, detail, instance, null, Map.of());
    }

    public Problem problem(ProblemKind kind, String detail, String instance,
                           java.util.List<Violation> violations, Map<String, Object> extensions) {
        return new Problem(typeUri(kind), kind.title(), kind.status(), detail, instance, violations, extensions);
    }
}
