package my.gov.platform.identity.events;

import my.gov.platform.testing.EventSchemaAssert;
import org.junit.jupiter.api.Test;

/** Every event type this service lists in its catalogue has a described, compilable JSON Schema. */
class EventContractTest {
    @Test
    void theEventCatalogueIsComplete() {
        EventSchemaAssert.assertCatalogComplete();
    }
}
