package my.gov.platform.exchange.exchange;

import my.gov.platform.exchange.audit.AuditEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ExchangeReceipt", description = "Evidence of one exchange: its audit entry's hashes and place in the Merkle log")
public record ExchangeReceipt(
        @Schema(examples = "0195a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID queryId,
        @Schema(examples = "2026-11-25T10:15:30Z") Instant recordedAt,
        @Schema(examples = "COMPLETED", description = "COMPLETED; AWAITING_PROVIDER for a moment after the answer, until "
                + "the answer's hash is recorded; UNCONFIRMED if it never was (data may have been released); or the "
                + "refusal's problem slug") String outcome,
        @Schema(description = "SHA-256 of the consumer and request, hex") String requestHash,
        @Schema(description = "SHA-256 of the provider's answer as received, hex; absent when refused or not recorded") String responseHash,
        @Schema(examples = "42", description = "Absent until the sequencer places it; then ask /v1/audit/entries/{leafIndex}/inclusion-proof")
        Long leafIndex,
        @Schema(description = "The entry's Merkle leaf hash, hex; absent until placed") String leafHash) {

    static ExchangeReceipt of(AuditEntry e) {
        return new ExchangeReceipt(e.id, e.recordedAt, e.outcome, e.requestHash, e.responseHash, e.leafIndex, e.leafHash);
    }
}
