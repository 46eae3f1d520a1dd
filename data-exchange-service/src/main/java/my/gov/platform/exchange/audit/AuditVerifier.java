package my.gov.platform.exchange.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Recomputes the log from its placed rows (entries still waiting for the sequencer are not yet part
 * of the tree) and finds the first bad record: a gap in leaf indexes (a
 * deleted row), a row whose content no longer matches its leaf hash (an edited row), or a signed
 * checkpoint the stored leaves no longer reproduce (a row edited together with its hash).
 */
public final class AuditVerifier {
    private AuditVerifier() {
    }

    /** @param records every stored entry, in leaf-index order */
    public static VerificationReport verify(List<AuditRecord> records, List<Checkpoint> checkpoints, PublicKey key) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            AuditRecord record = records.get(i);
            if (record.leafIndex() != i) {
                return VerificationReport.bad(i, 0, i, "Entry " + i + " is missing: the log jumps to entry " + record.leafIndex());
            }
            if (!LeafCodec.leafHashOf(record).equals(record.leafHash())) {
                return VerificationReport.bad(i, 0, i, "Entry " + i + " was altered: its content no longer matches its leaf hash");
            }
            leaves.add(Hex.parse(record.leafHash()));
        }
        List<Checkpoint> ordered = checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::treeSize)).toList();
        long verifiedSize = 0;
        for (int c = 0; c < ordered.size(); c++) {
            Checkpoint checkpoint = ordered.get(c);
            if (!CheckpointSigner.verify(checkpoint, key)) {
                return VerificationReport.bad(records.size(), c, verifiedSize,
                        "Checkpoint at size " + checkpoint.treeSize() + " has an invalid signature");
            }
            if (checkpoint.treeSize() > leaves.size()) {
                return VerificationReport.bad(records.size(), c, leaves.size(), "Entries from " + leaves.size()
                        + " are missing: checkpoint " + checkpoint.treeSize() + " signed a larger log");
            }
            String root = Hex.of(MerkleTree.root(leaves.subList(0, (int) checkpoint.treeSize())));
            if (!root.equals(checkpoint.rootHash())) {
                return VerificationReport.bad(records.size(), c, verifiedSize, "An entry between " + verifiedSize + " and "
                        + (checkpoint.treeSize() - 1) + " was rewritten with its hash: checkpoint " + checkpoint.treeSize()
                        + " no longer matches");
            }
            verifiedSize = checkpoint.treeSize();
        }
        return VerificationReport.ok(records.size(), ordered.size());
    }
}
