package my.gov.platform.commons.problem;

/**
 * One kind of RFC 9457 problem. Its {@link #slug()} names the type URI {@code <base>/problems/<slug>},
 * which serves {@link #explanation()} to people who follow it.
 */
public interface ProblemKind {
    String slug();

    int status();

    /** Stable per kind: clients may show it, but must branch on the type URI. */
    String title();

    String explanation();

    /** A service's own kind, declared as a constant: {@code ProblemKind.of("trustmark-expired", 422, ...)}. */
    static ProblemKind of(String slug, int status, String title, String explanation) {
        return new Definition(slug, status, title, explanation);
    }

    record Definition(String slug, int status, String title, String explanation) implements ProblemKind {
    }
}
