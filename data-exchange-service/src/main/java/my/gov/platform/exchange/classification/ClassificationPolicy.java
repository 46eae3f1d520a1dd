package my.gov.platform.exchange.classification;

import java.util.Optional;

/**
 * Which fields the broker may release. Open data goes to any authenticated agency; Terhad and
 * Sulit only under an approved agreement whose level covers them; Rahsia and Rahsia Besar never.
 */
public final class ClassificationPolicy {
    private ClassificationPolicy() {
    }

    /** Why a product as a whole cannot pass, if it cannot. */
    public static Optional<String> refuseProduct(Classification productLevel) {
        if (productLevel.neverShared()) {
            return Optional.of("Data classified " + productLevel.malayName() + " never passes through the broker");
        }
        return Optional.empty();
    }

    /**
     * @param fieldLevel     the field's own classification
     * @param agreementLevel the level the caller's approved agreement allows, or empty without one
     * @return whether the field may be released
     */
    public static boolean mayRelease(Classification fieldLevel, Optional<Classification> agreementLevel) {
        if (fieldLevel.neverShared()) {
            return false;
        }
        if (fieldLevel == Classification.OPEN) {
            return true;
        }
        return agreementLevel.map(allowed -> !fieldLevel.isAbove(allowed) && !allowed.neverShared()).orElse(false);
    }
}
