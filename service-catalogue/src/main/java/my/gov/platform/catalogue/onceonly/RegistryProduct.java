package my.gov.platform.catalogue.onceonly;

import java.util.List;

/** What the once-only check needs of a data-exchange product: who it is and which fields it serves. */
public record RegistryProduct(String code, String name, List<String> fields) {
}
