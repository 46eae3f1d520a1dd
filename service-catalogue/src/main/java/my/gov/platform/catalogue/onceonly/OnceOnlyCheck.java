package my.gov.platform.catalogue.onceonly;

import my.gov.platform.catalogue.services.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The once-only principle (Prinsip Sekali Sahaja, 003 §2.6): a step must not ask the customer for
 * data a registry already holds. Field names are compared without regard to case.
 */
public final class OnceOnlyCheck {
    private OnceOnlyCheck() {
    }

    public static List<OnceOnlyBreach> breaches(List<Step> steps, List<RegistryProduct> products) {
        List<OnceOnlyBreach> breaches = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            for (String item : steps.get(i).asksForOrEmpty()) {
                String wanted = item.toLowerCase(Locale.ROOT);
                for (RegistryProduct product : products) {
                    if (product.fields().stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).equals(wanted))) {
                        breaches.add(new OnceOnlyBreach(i + 1, item, product.code(), product.name()));
                        break;
                    }
                }
            }
        }
        return breaches;
    }
}
