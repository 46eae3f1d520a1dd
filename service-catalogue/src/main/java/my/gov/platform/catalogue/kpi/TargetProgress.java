package my.gov.platform.catalogue.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A target such as "a 40% rise of the E2E rate" (seed 001): the target rate is the baseline rate
 * raised by that share of itself; progress is how much of the planned rise has been achieved.
 */
@Schema(name = "TargetProgress")
public record TargetProgress(
        Dimension dimension,
        @Schema(examples = "ALL") String key,
        @Schema(examples = "2025-Q4") String baselineQuarter,
        @Schema(examples = "2026-Q4") String targetQuarter,
        @Schema(examples = "40") int risePercent,
        @Schema(description = "Absent when the baseline quarter has no snapshot", examples = "20.2") Double baselineRate,
        @Schema(examples = "28.3") Double targetRate,
        @Schema(description = "Rate in the target quarter's snapshot (or now, for a quarter not yet snapshotted)", examples = "25.0") Double achievedRate,
        @Schema(description = "Achieved rise as a percentage of the planned rise", examples = "59.3") Double progressPercent,
        @Schema(examples = "false") Boolean met) {

    public static TargetProgress of(Dimension dimension, String key, String baselineQuarter, String targetQuarter, int risePercent,
                                    Double baselineRate, Double achievedRate) {
        if (baselineRate == null) {
            return new TargetProgress(dimension, key, baselineQuarter, targetQuarter, risePercent, null, null, achievedRate, null, null);
        }
        double target = Math.round(baselineRate * (100 + risePercent) * 10.0 / 100.0) / 10.0;
        Double progress = null;
        if (achievedRate != null && target > baselineRate) {
            progress = Math.round((achievedRate - baselineRate) * 1000.0 / (target - baselineRate)) / 10.0;
        }
        return new TargetProgress(dimension, key, baselineQuarter, targetQuarter, risePercent, baselineRate, target,
                achievedRate, progress, achievedRate == null ? null : achievedRate >= target);
    }
}
