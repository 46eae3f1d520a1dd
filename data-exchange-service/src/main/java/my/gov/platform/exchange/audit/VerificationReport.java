package my.gov.platform.exchange.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditVerification", description = "Result of recomputing the audit log from its stored rows")
public record VerificationReport(
        @Schema(examples = "false") boolean valid,
        @Schema(examples = "120") long entriesChecked,
        @Schema(examples = "3") long checkpointsChecked,
        @Schema(examples = "41", description = "Index of the first entry found altered or missing; absent when valid") Long firstBadIndex,
        @Schema(examples = "Entry 41 was altered: its content no longer matches its leaf hash") String finding) {

    static VerificationReport ok(long entries, long checkpoints) {
        return new VerificationReport(true, entries, checkpoints, null, null);
    }

    static VerificationReport bad(long entries, long checkpoints, long index, String finding) {
        return new VerificationReport(false, entries, checkpoints, index, finding);
    }
}
