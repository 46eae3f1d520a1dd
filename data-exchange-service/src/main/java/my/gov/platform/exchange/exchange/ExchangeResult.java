package my.gov.platform.exchange.exchange;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "ExchangeResult", description = "Only the agreed fields, with where and when they came from")
public record ExchangeResult(
        @Schema(examples = "0195a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10", description = "Id of this exchange in the audit log") UUID queryId,
        @Schema(examples = "{\"fullName\": \"Ahmad bin Abdullah\"}") Map<String, Object> data,
        @Schema(examples = "[\"fullName\"]") List<String> releasedFields,
        Provenance provenance) {

    @Schema(name = "Provenance")
    public record Provenance(
            @Schema(examples = "JPN") String sourceAgency,
            @Schema(examples = "POPULATION") String productCode,
            @Schema(examples = "1.0.0") String productVersion,
            @Schema(examples = "2026-11-25T10:15:30Z", description = "When the provider says the data was current") Instant asOf,
            @Schema(examples = "2026-11-25T10:15:30.120Z") Instant retrievedAt) {
    }
}
