package my.gov.platform.commons.problem;

/**
 * One kind of RFC 9457 problem. Its {@link #slug()} names the type URI {@code <base>/problems/<slug>},
 * which serves {@link #explanation()} to people who follow it.
 *
 * <p>Services declare their kinds as an enum whose constants each hold a {@link Definition}:
 * <pre>enum TrustmarkRefusal implements ProblemKind {
 *     EXPIRED("trustmark-expired", 403, "Trustmark expired", "...");
 *     private final Definition definition;
 *     TrustmarkRefusal(String slug, int status, String title, String explanation) {
 *         definition = new Definition(slug, status, title, explanation);
 *     }
 *     public Definition definition() { return definition; }
 * }</pre>
 */
public interface ProblemKind {
    Definition definition();

    default String slug() {
        return definition().slug();
    }

    default int status() {
        return definition().status();
    }

    /** Stable per kind: clients may show it, but must branch on the type URI. */
    default String title() {
        return definition().title();
    }

    default String explanation() {
        return definition().explanation();
    }

    record Definition(String slug, int status, String title, String explanation) implements ProblemKind {
        @Override
        public Definition definition() {
            return this;
        }
    }
}
