package my.gov.platform.catalogue.adoption;

import my.gov.platform.commons.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Adoption", description = "Live use of a service: payments through ePayment and sign-ins through MyDigital ID SSO")
public record AdoptionView(
        UUID serviceId,
        @Schema(examples = "120") long payments,
        Money paymentsTotal,
        @Schema(examples = "830") long signIns,
        @Schema(description = "Absent before the first event") Instant updatedAt) {

    static AdoptionView of(UUID serviceId, ServiceAdoption adoption) {
        if (adoption == null) {
            return new AdoptionView(serviceId, 0, new Money("MYR", 0L), 0, null);
        }
        return new AdoptionView(serviceId, adoption.payments, new Money("MYR", adoption.paymentsValue), adoption.signIns, adoption.updatedAt);
    }
}
