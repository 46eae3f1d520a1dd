package my.gov.platform.catalogue.reference;

/** Fired (CDI) after a reference list changed, so views that show its names, such as the search index, follow. */
public record ReferenceChanged(ReferenceKind kind) {
}
