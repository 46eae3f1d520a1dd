package my.gov.platform.exchange.tracker;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "AccessRecord", description = "One read of the citizen's data by an agency, from the audit log")
public record AccessRecord(
        @Schema(examples = "0195a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID queryId,
        @Schema(examples = "2026-11-25T10:15:30Z") Instant readAt,
        @Schema(examples = "JPJ") String consumerAgency,
        @Schema(examples = "Jabatan Pengangkutan Jalan") String consumerName,
        @Schema(examples = "POPULATION") String productCode,
        @Schema(examples = "Population (residents) registry") String productName,
        @Schema(examples = "Registri penduduk") String productNameMs,
        @Schema(examples = "[\"fullName\", \"address\"]") List<String> fields,
        @Schema(examples = "LICENSING") String purposeCode,
        @Schema(examples = "42", description = "Audit leaf index, for an inclusion proof; absent until placed") Long auditLeafIndex) {
}
