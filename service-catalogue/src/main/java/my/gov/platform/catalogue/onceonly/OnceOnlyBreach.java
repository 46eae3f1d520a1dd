package my.gov.platform.catalogue.onceonly;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step that asks the customer for data a registry product of data-exchange-service already holds. */
@Schema(name = "OnceOnlyBreach")
public record OnceOnlyBreach(
        @Schema(description = "1-based step number", examples = "1") int step,
        @Schema(examples = "address") String dataItem,
        @Schema(description = "Code of the data-exchange product that could supply it", examples = "jpn-population") String product,
        @Schema(examples = "Population registry (JPN)") String productName) {
}
