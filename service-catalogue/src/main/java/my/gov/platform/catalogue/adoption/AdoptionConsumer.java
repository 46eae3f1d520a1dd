package my.gov.platform.catalogue.adoption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.catalogue.services.CatalogueService;
import my.gov.platform.catalogue.services.ServiceRegistry;
import my.gov.platform.commons.events.CloudEventCodec;
import my.gov.platform.commons.events.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Counts payments (payment.events) and SSO sign-ins (identity.events) per catalogue service. Each
 * event is applied once, however often the broker delivers it; events that name no known service
 * are recorded as seen and otherwise ignored.
 */
@ApplicationScoped
public class AdoptionConsumer {
    static final String PAYMENTS = "catalogue-adoption-payments";
    static final String SIGN_INS = "catalogue-adoption-sign-ins";
    private static final Logger LOG = Logger.getLogger(AdoptionConsumer.class);

    private final Inbox inbox;
    private final ServiceRegistry registry;
    private final ObjectMapper json;

    AdoptionConsumer(Inbox inbox, ServiceRegistry registry, ObjectMapper json) {
        this.inbox = inbox;
        this.registry = registry;
        this.json = json;
    }

    @Incoming("payment-events")
    @Blocking
    @Transactional
    public void onPaymentEvent(String message) {
        CloudEvent event = CloudEventCodec.decode(message.getBytes(StandardCharsets.UTF_8));
        if (!"my.gov.payment.succeeded".equals(event.getType()) || !inbox.firstDelivery(PAYMENTS, UUID.fromString(event.getId()))) {
            return;
        }
        JsonNode data = data(event);
        service(data).ifPresent(service -> ServiceAdoption.add(service.id, 1, data.path("amount").path("value").asLong(0), 0));
    }

    @Incoming("identity-events")
    @Blocking
    @Transactional
    public void onIdentityEvent(String message) {
        CloudEvent event = CloudEventCodec.decode(message.getBytes(StandardCharsets.UTF_8));
        if (!"my.gov.login.succeeded".equals(event.getType()) || !inbox.firstDelivery(SIGN_INS, UUID.fromString(event.getId()))) {
            return;
        }
        service(data(event)).ifPresent(service -> ServiceAdoption.add(service.id, 0, 0, 1));
    }

    private Optional<CatalogueService> service(JsonNode data) {
        String serviceId = data.path("serviceId").asText("");
        return serviceId.isBlank() ? Optional.empty() : registry.findByIdOrCode(serviceId);
    }

    private JsonNode data(CloudEvent event) {
        if (event.getData() == null) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(event.getData().toBytes());
        } catch (IOException e) {
            LOG.warnf("Event %s of type %s has data that is not JSON; ignored", event.getId(), event.getType());
            return json.createObjectNode();
        }
    }
}
