package my.gov.platform.exchange.products;

/** A registry is the legal source of truth; a repository is a data set assembled from several sources. */
public enum ProductKind {
    REGISTRY, REPOSITORY
}
