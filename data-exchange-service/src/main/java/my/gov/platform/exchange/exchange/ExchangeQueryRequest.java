package my.gov.platform.exchange.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import my.gov.platform.exchange.agreements.PurposeCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "ExchangeQuery", description = "One synchronous read of a record through the broker")
public record ExchangeQueryRequest(
        @NotBlank @Size(max = 60) @Schema(examples = "POPULATION", description = "Product code or id") String product,
        @Schema(examples = "0195a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10", description = "Required unless every field asked for is open (Terbuka)")
        UUID agreementId,
        @NotNull @Schema(examples = "PENSION_ADMINISTRATION", description = "Must be the agreement's purpose") PurposeCode purposeCode,
        @NotBlank @Size(max = 100) @Schema(examples = "850101-14-5011", description = "The record key, e.g. a MyKad number") String recordKey,
        @Size(max = 100) @Schema(examples = "[\"fullName\", \"dateOfDeath\"]", description = "Fields wanted; default: all agreed")
        List<@NotBlank @Size(max = 60) String> fields) {
}
