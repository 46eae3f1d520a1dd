package my.gov.platform.exchange.products;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import my.gov.platform.exchange.classification.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProductRequest", description = "A data product as its owner agency registers or updates it")
public record ProductRequest(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "must be UPPER_SNAKE_CASE")
        @Schema(examples = "POPULATION") String code,
        @NotNull @Schema(examples = "REGISTRY") ProductKind kind,
        @NotBlank @Size(max = 200) @Schema(examples = "Population (residents) registry") String name,
        @NotBlank @Size(max = 200) @Schema(examples = "Registri penduduk") String nameMs,
        @NotNull @Schema(examples = "KESELAMATAN") Sector sector,
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]{2,20}", message = "must be an agency code such as JPN")
        @Schema(examples = "JPN") String ownerAgency,
        @NotBlank @Size(max = 300) @Schema(examples = "National Registration Act 1959 (Act 78)") String legalBasis,
        @NotBlank @Size(max = 50) @Pattern(regexp = "\\d+\\.\\d+\\.\\d+", message = "must be a semantic version")
        @Schema(examples = "1.0.0") String version,
        @NotNull @Schema(examples = "SULIT") Classification classification,
        @NotBlank @Size(max = 60) @Schema(examples = "mykadNumber") String recordKey,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull ProductField> fields,
        @NotBlank @Size(max = 500)
        @Pattern(regexp = "(https?://|\\{sampleRegistryBaseUrl\\})\\S*\\{key\\}\\S*", message = "must be an http(s) URL template containing {key}")
        @Schema(examples = "https://mygdx.jpn.gov.my/v1/population/{key}") String providerEndpoint) {
}
