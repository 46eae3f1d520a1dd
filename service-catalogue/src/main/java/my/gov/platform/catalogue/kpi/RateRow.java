package my.gov.platform.catalogue.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "E2eRate", description = "Share of services that are E2E, for one agency, sector, target group or overall")
public record RateRow(
        Dimension dimension,
        @Schema(examples = "JPJ") String key,
        @Schema(examples = "40") int total,
        @Schema(examples = "14") int e2e,
        @Schema(description = "Percentage, one decimal", examples = "35.0") double ratePercent) {

    public static RateRow of(Dimension dimension, String key, int total, int e2e) {
        return new RateRow(dimension, key, total, e2e, E2eRates.percent(e2e, total));
    }
}
