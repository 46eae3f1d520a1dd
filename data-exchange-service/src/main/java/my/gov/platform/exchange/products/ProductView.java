package my.gov.platform.exchange.products;

import my.gov.platform.exchange.classification.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Product", description = "A registry or repository offered through the broker (metadata is public)")
public record ProductView(
        @Schema(examples = "01950000-0000-7000-8000-000000000016") UUID id,
        @Schema(examples = "POPULATION") String code,
        ProductKind kind,
        @Schema(examples = "Population (residents) registry") String name,
        @Schema(examples = "Registri penduduk") String nameMs,
        Sector sector,
        @Schema(examples = "JPN") String ownerAgency,
        @Schema(examples = "National Registration Act 1959 (Act 78)") String legalBasis,
        @Schema(examples = "1.0.0") String version,
        @Schema(examples = "SULIT") Classification classification,
        @Schema(examples = "Sulit", description = "The classification's Malay label") String klasifikasi,
        @Schema(examples = "mykadNumber") String recordKey,
        List<ProductField> fields,
        @Schema(examples = "http://localhost:8083/sample-registries/population/{key}") String providerEndpoint) {

    static ProductView of(DataProduct p, String resolvedEndpoint) {
        return new ProductView(p.id, p.code, p.kind, p.name, p.nameMs, p.sector, p.ownerAgency, p.legalBasis, p.version,
                p.classification, p.classification.malayName(), p.recordKey, List.copyOf(p.fields), resolvedEndpoint);
    }
}
