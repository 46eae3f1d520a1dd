package my.gov.platform.catalogue.adoption;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import my.gov.platform.catalogue.seed.ReferenceService;
import my.gov.platform.catalogue.seed.ReferenceServiceSet;
import my.gov.platform.testing.PlatformTestResource;

import java.util.List;
import java.util.Map;

/**
 * Puts a payment on payment.events before the catalogue starts, as a fresh {@code ./mygov up} does:
 * the payment gateway publishes its demo payments while the catalogue is still starting. The payment
 * names the reference service the catalogue loads last, the one a consumer started too early would
 * miss. Starts after {@link PlatformTestResource}, whose broker it publishes to.
 */
public class PaymentBeforeStart implements QuarkusTestResourceLifecycleManager {
    static final String SERVICE_CODE = lastReferenceServiceCode();
    static final long SEN = 9000;

    @Override
    public Map<String, String> start() {
        try (var producer = AdoptionEvents.producer()) {
            AdoptionEvents.send(producer, "payment.events", AdoptionEvents.payment(SERVICE_CODE, SEN));
        }
        return Map.of();
    }

    @Override
    public void stop() {
    }

    @Override
    public int order() {
        return 1;
    }

    private static String lastReferenceServiceCode() {
        List<ReferenceService> services = ReferenceServiceSet.load();
        return services.get(services.size() - 1).request().code();
    }
}
