package my.gov.platform.catalogue.search;

import my.gov.platform.catalogue.services.E2eStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "SearchResult", description = "Ranked services, facet counts and the cursor of the next page")
public record SearchResultView(
        @Schema(examples = "lesen memandu") String query,
        @Schema(examples = "12") int total,
        List<Item> items,
        @Schema(description = "Per dimension (sector, targetGroup, lifeEvent, persona, status): value -> count")
        Map<String, Map<String, Integer>> facets,
        String nextCursor) {

    @Schema(name = "SearchResultItem")
    public record Item(
            UUID id,
            @Schema(examples = "JPJ-LESEN-MEMANDU-PEMBAHARUAN") String code,
            @Schema(examples = "JPJ") String agency,
            @Schema(examples = "Pembaharuan Lesen Memandu") String nameMs,
            @Schema(examples = "Driving Licence renewal") String nameEn,
            @Schema(examples = "INFRASTRUKTUR") String sector,
            @Schema(examples = "G2C") String targetGroup,
            @Schema(examples = "PENGANGKUTAN") String lifeEvent,
            E2eStatus e2eStatus,
            @Schema(examples = "9.0") double score) {
    }
}
