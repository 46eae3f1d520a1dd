package my.gov.platform.exchange.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** JSON shapes of the audit API. */
public final class AuditViews {
    private AuditViews() {
    }

    @Schema(name = "AuditCheckpoint", description = "A signed tree head")
    public record CheckpointView(
            @Schema(examples = "42") long treeSize,
            @Schema(examples = "5f0c…", description = "Merkle root, hex") String rootHash,
            @Schema(examples = "2026-11-25T10:15:30Z") Instant signedAt,
            @Schema(examples = "exchange-audit-0195…") String keyId,
            @Schema(description = "Ed25519 signature (Base64) over signedText") String signature,
            @Schema(description = "The exact UTF-8 text that was signed") String signedText) {
        static CheckpointView of(Checkpoint c) {
            return new CheckpointView(c.treeSize(), c.rootHash(), c.signedAt(), c.keyId(), c.signature(),
                    new String(c.signedText(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Schema(name = "AuditPublicKey")
    public record PublicKeyView(@Schema(examples = "exchange-audit-0195…") String keyId,
                                @Schema(examples = "Ed25519") String algorithm,
                                @Schema(description = "X.509 SubjectPublicKeyInfo, Base64") String publicKey) {
    }

    @Schema(name = "InclusionProof", description = "RFC 9162 inclusion proof of one entry")
    public record InclusionProofView(@Schema(examples = "7") long leafIndex, @Schema(examples = "42") long treeSize,
                                     String leafHash, List<String> auditPath, String rootHash) {
    }

    @Schema(name = "ConsistencyProof", description = "RFC 9162 consistency proof between two tree sizes")
    public record ConsistencyProofView(@Schema(examples = "10") long fromSize, @Schema(examples = "42") long toSize,
                                       String fromRoot, String toRoot, List<String> proof) {
    }

    @Schema(name = "AuditEntry", description = "An audit entry: facts and hashes only, never data bodies")
    public record EntryView(long leafIndex, String id, Instant recordedAt, String kind, String actor,
                            String consumerAgency, String providerAgency, String productCode, String agreementId,
                            String purposeCode, String fields, String outcome, String requestHash, String responseHash,
                            String leafHash) {
        static EntryView of(AuditRecord r) {
            return new EntryView(r.leafIndex(), r.id().toString(), r.recordedAt(), r.kind(), r.actor(), r.consumerAgency(),
                    r.providerAgency(), r.productCode(), r.agreementId() == null ? null : r.agreementId().toString(),
                    r.purposeCode(), r.fields(), r.outcome(), r.requestHash(), r.responseHash(), r.leafHash());
        }
    }
}
