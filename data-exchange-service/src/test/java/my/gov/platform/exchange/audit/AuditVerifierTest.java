package my.gov.platform.exchange.audit;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditVerifierTest {
    private final KeyPair keys = CheckpointSigner.newKeyPair();

    private static List<AuditRecord> log(int n) {
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AuditRecord unsigned = record(i, "COMPLETED", null);
            records.add(record(i, "COMPLETED", LeafCodec.leafHashOf(unsigned)));
        }
        return records;
    }

    private static AuditRecord record(long index, String outcome, String leafHash) {
        return new AuditRecord(index, new UUID(0, index), Instant.parse("2026-11-25T10:00:00Z").plusSeconds(index),
                "EXCHANGE_COMPLETED", "JPJ", "JPJ", "JPN", "POPULATION", null, null, "LICENSING", "ab".repeat(32),
                "fullName", outcome, "cd".repeat(32), "ef".repeat(32), leafHash);
    }

    /** Gives the entries one at a time, as the cursor over the stored log does. */
    private static VerificationReport verify(List<AuditRecord> records, List<Checkpoint> checkpoints, PublicKey key) {
        AuditVerifier verifier = new AuditVerifier(checkpoints, Map.of("k1", key));
        for (AuditRecord record : records) {
            if (!verifier.accept(record)) {
                break;
            }
        }
        return verifier.report();
    }

    private Checkpoint checkpoint(List<AuditRecord> records, int size) {
        List<byte[]> leaves = records.subList(0, size).stream().map(r -> Hex.parse(r.leafHash())).toList();
        return CheckpointSigner.sign(size, Hex.of(MemoryTree.root(leaves)), Instant.now(), "k1", keys.getPrivate());
    }

    @Test
    void anUntouchedLogVerifies() {
        List<AuditRecord> records = log(10);
        VerificationReport report = verify(records, List.of(checkpoint(records, 4), checkpoint(records, 10)),
                keys.getPublic());
        assertThat(report.valid()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(10);
        assertThat(report.checkpointsChecked()).isEqualTo(2);
    }

    @Test
    void anEditedRowIsTheFirstBadRecord() {
        List<AuditRecord> records = log(10);
        Checkpoint signed = checkpoint(records, 10);
        records.set(6, record(6, "EDITED", records.get(6).leafHash()));
        VerificationReport report = verify(records, List.of(signed), keys.getPublic());
        assertThat(report.valid()).isFalse();
        assertThat(report.firstBadIndex()).isEqualTo(6);
        assertThat(report.finding()).contains("altered");
    }

    @Test
    void aDeletedRowIsFound() {
        List<AuditRecord> records = log(10);
        Checkpoint signed = checkpoint(records, 10);
        records.remove(3);
        VerificationReport report = verify(records, List.of(signed), keys.getPublic());
        assertThat(report.firstBadIndex()).isEqualTo(3);
        assertThat(report.finding()).contains("missing");

        List<AuditRecord> truncated = log(10).subList(0, 8);
        VerificationReport tail = verify(truncated, List.of(signed), keys.getPublic());
        assertThat(tail.valid()).isFalse();
        assertThat(tail.firstBadIndex()).isEqualTo(8);
    }

    @Test
    void aRowRewrittenWithItsHashBreaksTheSignedCheckpoint() {
        List<AuditRecord> records = log(10);
        Checkpoint first = checkpoint(records, 4);
        Checkpoint second = checkpoint(records, 10);
        AuditRecord forged = record(7, "EDITED", null);
        records.set(7, record(7, "EDITED", LeafCodec.leafHashOf(forged)));
        VerificationReport report = verify(records, List.of(first, second), keys.getPublic());
        assertThat(report.valid()).isFalse();
        assertThat(report.firstBadIndex()).isEqualTo(4);
        assertThat(report.finding()).contains("between 4 and 9");
    }

    @Test
    void aForgedSignatureIsRefused() {
        List<AuditRecord> records = log(3);
        Checkpoint genuine = checkpoint(records, 3);
        Checkpoint forged = CheckpointSigner.sign(3, genuine.rootHash(), genuine.signedAt(), "k1",
                CheckpointSigner.newKeyPair().getPrivate());
        assertThat(verify(records, List.of(forged), keys.getPublic()).finding()).contains("invalid signature");
    }

    @Test
    void aCheckpointSignedByAKeyTheAuditorDoesNotTrustIsBad() {
        List<AuditRecord> records = log(5);
        Checkpoint trusted = checkpoint(records, 2);
        Checkpoint resigned = CheckpointSigner.sign(5, checkpoint(records, 5).rootHash(), Instant.now(), "k2",
                CheckpointSigner.newKeyPair().getPrivate());
        VerificationReport report = verify(records, List.of(trusted, resigned), keys.getPublic());
        assertThat(report.valid()).isFalse();
        assertThat(report.firstBadIndex()).as("the entries after the last checkpoint a trusted key signed").isEqualTo(2);
        assertThat(report.finding()).contains("signed by key k2, which is not trusted");
    }
}
