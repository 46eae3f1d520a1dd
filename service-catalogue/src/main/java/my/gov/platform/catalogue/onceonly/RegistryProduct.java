package my.gov.platform.catalogue.onceonly;

import java.util.List;

/**
 * What the once-only check needs of a data-exchange product: who it is, which fields it serves, and
 * whether it is the authoritative source of a field.
 *
 * @param kind      {@code REGISTRY} or {@code REPOSITORY}; empty when the exchange did not say
 * @param recordKey the field that identifies one of its records; empty when the exchange did not say
 */
public record RegistryProduct(String code, String name, String kind, String recordKey, List<String> fields) {
    public static final String REGISTRY = "REGISTRY";

    public RegistryProduct(String code, String name, List<String> fields) {
        this(code, name, "", "", fields);
    }
}
