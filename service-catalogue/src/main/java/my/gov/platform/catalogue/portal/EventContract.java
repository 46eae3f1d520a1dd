package my.gov.platform.catalogue.portal;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventContract", description = "The CloudEvents types a suite service publishes on its topic")
public record EventContract(
        @Schema(examples = "payment-gateway-service") String service,
        @Schema(examples = "payment.events") String topic,
        @Schema(description = "As served by the service at /v1/event-schemas") JsonNode events,
        @Schema(description = "Why the contract could not be read; absent when it was") String error) {
}
