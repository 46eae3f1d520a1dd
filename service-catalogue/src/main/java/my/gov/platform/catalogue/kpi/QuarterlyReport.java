package my.gov.platform.catalogue.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "QuarterlyReport", description = "The E2E status report the client charter promises within a month of each quarter")
public record QuarterlyReport(
        @Schema(examples = "2026-Q4") String quarter,
        Instant takenAt,
        List<RateRow> rates,
        List<TargetProgress> targets) {

    /** One table: rate rows first, then target rows. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("section,dimension,key,total,e2e,ratePercent,baselineQuarter,baselineRate,targetRate,achievedRate,progressPercent,met\r\n");
        for (RateRow r : rates) {
            csv.append(String.join(",", "RATE", r.dimension().name(), cell(r.key()), String.valueOf(r.total()), String.valueOf(r.e2e()),
                    String.valueOf(r.ratePercent()), "", "", "", "", "", "")).append("\r\n");
        }
        for (TargetProgress t : targets) {
            csv.append(String.join(",", "TARGET", t.dimension().name(), cell(t.key()), "", "", "", t.baselineQuarter(),
                    text(t.baselineRate()), text(t.targetRate()), text(t.achievedRate()), text(t.progressPercent()), text(t.met()))).append("\r\n");
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
