package my.gov.platform.catalogue.onceonly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The once-only principle (Prinsip Sekali Sahaja, 003 §2.6): a step must not ask the customer for
 * data a registry already holds. Field names are compared without regard to case.
 */
public final class OnceOnlyCheck {
    private OnceOnlyCheck() {
    }

    /**
     * @param askedPerStep what each step of a service asks the customer for, in step order
     * @return the breaches, each naming its step from 1
     */
    public static List<OnceOnlyBreach> breaches(List<List<String>> askedPerStep, List<RegistryProduct> products) {
        List<OnceOnlyBreach> breaches = new ArrayList<>();
        for (int i = 0; i < askedPerStep.size(); i++) {
            for (String item : askedPerStep.get(i)) {
                int step = i + 1;
                sourceOf(item, products).ifPresent(source ->
                        breaches.add(new OnceOnlyBreach(step, item, source.code(), source.name())));
            }
        }
        return breaches;
    }

    /**
     * The product to fetch a field from instead. Many repositories repeat a registry's key (a MyKad or
     * company number) to refer to a person or business, so a registry comes before a repository, and
     * a product keyed by the field before one that only mentions it; the list's order breaks ties.
     */
    static Optional<RegistryProduct> sourceOf(String field, List<RegistryProduct> products) {
        return products.stream()
                .filter(p -> p.fields().stream().anyMatch(f -> f.equalsIgnoreCase(field)))
                .min(Comparator.comparing((RegistryProduct p) -> !RegistryProduct.REGISTRY.equalsIgnoreCase(p.kind()))
                        .thenComparing(p -> !p.recordKey().equalsIgnoreCase(field)));
    }
}
