package my.gov.platform.catalogue.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BrowseEntry", description = "A life event or persona and how many services it has")
public record BrowseEntry(
        @Schema(examples = "KELAHIRAN") String code,
        @Schema(examples = "Kelahiran") String nameMs,
        @Schema(examples = "Birth") String nameEn,
        @Schema(examples = "G2C") String targetGroup,
        @Schema(examples = "7") int services) {
}
