package my.gov.platform.identity.clients;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "SecretLockout", description = "Wrong client secrets: counted and held back per caller address, never for the client as a whole")
public record SecretLockoutView(
        @Schema(description = "Wrong secrets within the last hour, from every address", examples = "42") int failuresLastHour,
        @Schema(description = "Addresses that may not try this client's secret now", examples = "[\"203.0.113.9\"]") List<String> lockedAddresses,
        @Schema(description = "When the last of those addresses may try again", examples = "2026-11-25T13:15:00Z") Instant lockedUntil) {
}
