package my.gov.platform.exchange.audit;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Recomputes the log from its placed rows (entries still waiting for the sequencer are not yet part
 * of the tree) and finds the first bad record: a gap in leaf indexes (a deleted row), a row whose
 * content no longer matches its leaf hash (an edited row), or a signed checkpoint the stored leaves
 * no longer reproduce (a row edited together with its hash). Entries are taken one at a time, in
 * leaf-index order, and only the tree's right edge is kept, so a log of any length verifies in
 * constant memory.
 */
public final class AuditVerifier {
    private final List<Checkpoint> checkpoints;
    private final Map<String, PublicKey> keys;
    private final MerkleTree.Frontier tree = new MerkleTree.Frontier();
    private int nextCheckpoint;
    private long verifiedSize;
    private VerificationReport failure;

    /** @param keys the trusted checkpoint signing keys, by key id; a checkpoint signed by any other key is bad */
    public AuditVerifier(List<Checkpoint> checkpoints, Map<String, PublicKey> keys) {
        this.checkpoints = checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::treeSize)).toList();
        this.keys = Map.copyOf(keys);
    }

    /**
     * Verifies the stored log: its placed entries, read through a cursor, and its signed checkpoints.
     *
     * @param trustedKeys the keys trusted, by key id, taken from outside the database ({@link TrustedKeys}): a key
     *                    registered in the database it verifies vouches for nothing
     */
    public static VerificationReport verify(Connection db, Map<String, PublicKey> trustedKeys) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        if (autoCommit) {
            db.setAutoCommit(false); // PostgreSQL streams rows through a cursor only inside a transaction
        }
        try (Statement sql = db.createStatement()) {
            List<Checkpoint> checkpoints = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT * FROM audit_checkpoint ORDER BY tree_size")) {
                while (rows.next()) {
                    checkpoints.add(new Checkpoint(rows.getLong("tree_size"), rows.getString("root_hash"),
                            rows.getTimestamp("signed_at").toInstant(), rows.getString("key_id"), rows.getString("signature")));
                }
            }
            AuditVerifier verifier = new AuditVerifier(checkpoints, trustedKeys);
            sql.setFetchSize(1000);
            try (ResultSet rows = sql.executeQuery("SELECT * FROM audit_entry WHERE leaf_index IS NOT NULL ORDER BY leaf_index")) {
                boolean good = true;
                while (good && rows.next()) {
                    good = verifier.accept(AuditRecord.of(rows, rows.getLong("leaf_index")));
                }
            }
            return verifier.report();
        } finally {
            if (autoCommit) {
                db.rollback();
                db.setAutoCommit(true);
            }
        }
    }

    /** Checks the next entry; false once the log is known to be bad (then see {@link #report}). */
    public boolean accept(AuditRecord record) {
        if (failure != null || !checkpointsAtCurrentSizeHold()) {
            return false;
        }
        long index = tree.size();
        if (record.leafIndex() != index) {
            failure = VerificationReport.bad(index, nextCheckpoint, index,
                    "Entry " + index + " is missing: the log jumps to entry " + record.leafIndex());
            return false;
        }
        if (!LeafCodec.leafHashOf(record).equals(record.leafHash())) {
            failure = VerificationReport.bad(index, nextCheckpoint, index,
                    "Entry " + index + " was altered: its content no longer matches its leaf hash");
            return false;
        }
        tree.append(Hex.parse(record.leafHash()));
        return true;
    }

    /** The outcome once every entry has been given (or {@link #accept} returned false). */
    public VerificationReport report() {
        if (failure != null || !checkpointsAtCurrentSizeHold()) {
            return failure;
        }
        if (nextCheckpoint < checkpoints.size()) {
            Checkpoint larger = checkpoints.get(nextCheckpoint);
            return signedByKey(larger) ? VerificationReport.bad(tree.size(), nextCheckpoint, tree.size(), "Entries from "
                    + tree.size() + " are missing: checkpoint " + larger.treeSize() + " signed a larger log") : failure;
        }
        return VerificationReport.ok(tree.size(), checkpoints.size());
    }

    /** Checks the checkpoints signed at the tree's current size; false (with the failure) if one fails. */
    private boolean checkpointsAtCurrentSizeHold() {
        while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).treeSize() == tree.size()) {
            Checkpoint checkpoint = checkpoints.get(nextCheckpoint);
            if (!signedByKey(checkpoint)) {
                return false;
            }
            if (!Hex.of(tree.root()).equals(checkpoint.rootHash())) {
                failure = VerificationReport.bad(tree.size(), nextCheckpoint, verifiedSize, "An entry between " + verifiedSize
                        + " and " + (checkpoint.treeSize() - 1) + " was rewritten with its hash: checkpoint "
                        + checkpoint.treeSize() + " no longer matches");
                return false;
            }
            verifiedSize = checkpoint.treeSize();
            nextCheckpoint++;
        }
        return true;
    }

    private boolean signedByKey(Checkpoint checkpoint) {
        PublicKey key = keys.get(checkpoint.keyId());
        if (key != null && CheckpointSigner.verify(checkpoint, key)) {
            return true;
        }
        failure = VerificationReport.bad(tree.size(), nextCheckpoint, verifiedSize, key == null
                ? "Checkpoint at size " + checkpoint.treeSize() + " is signed by key " + checkpoint.keyId() + ", which is not trusted"
                : "Checkpoint at size " + checkpoint.treeSize() + " has an invalid signature");
        return false;
    }
}
